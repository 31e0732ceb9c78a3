package io.gaokai.lint.core.model;

/**
 * The report's title line.
 *
 * @param text the title as written (may be cut where PDF extraction broke it)
 * @param year the year it names
 * @param organ the organ named before the year, or empty
 * @param span where it is
 */
public record Title(String text, int year, String organ, Span span) {}
