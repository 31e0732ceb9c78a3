package io.gaokai.lint.core.model;

/** A numeric column of a standard table: a stable key and its label in the template. */
public record ColumnTemplate(String key, String label, String englishLabel) {}
