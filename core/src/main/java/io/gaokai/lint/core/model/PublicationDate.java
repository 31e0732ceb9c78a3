package io.gaokai.lint.core.model;

import java.time.LocalDate;

/** A publication date printed with the report, e.g. {@code 发布日期:2022-01-12}. */
public record PublicationDate(LocalDate date, Span span) {}
