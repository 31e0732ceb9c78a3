package io.gaokai.lint.core.model;

/** A year written in the body, e.g. the 2023 of {@code 2023年，我局……}. */
public record YearMention(int year, Span span) {}
