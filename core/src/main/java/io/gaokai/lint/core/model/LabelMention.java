package io.gaokai.lint.core.model;

/** A template label found in the text, with where it is (used to tell format versions apart). */
public record LabelMention(String label, Span span) {}
