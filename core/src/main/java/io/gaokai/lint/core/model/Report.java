package io.gaokai.lint.core.model;

import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A report as understood from one document: its year and format, its parts, its period and its
 * three tables. Immutable; knows nothing of readers or rules.
 *
 * @param source the text it was read from
 * @param title the title line, or null when the document has none
 * @param year the report year, or 0 when it cannot be told
 * @param yearSource where {@code year} came from
 * @param organKind government or department (from the title)
 * @param format the format version (from the table labels, else from the year)
 * @param labels2019 labels only the 2019 format has, as found
 * @param labels2021 labels only the 2021 format has, as found
 * @param headings every part heading found, in document order (duplicates included)
 * @param parts the parts, one per heading, in document order
 * @param period the statistical period, or null when none is stated
 * @param publicationDate the printed publication date, or null
 * @param overviewYears years mentioned in part 一 (or, without it, before part 二)
 * @param tables the standard tables found
 * @param disableComments the {@code gaokai-lint-disable} comments, with their scopes
 */
public record Report(
    SourceDocument source,
    Title title,
    int year,
    YearSource yearSource,
    OrganKind organKind,
    FormatVersion format,
    List<LabelMention> labels2019,
    List<LabelMention> labels2021,
    List<PartHeading> headings,
    List<Part> parts,
    StatisticalPeriod period,
    PublicationDate publicationDate,
    List<YearMention> overviewYears,
    Map<TableKind, Table> tables,
    List<DisableComment> disableComments) {

  public Report {
    labels2019 = List.copyOf(labels2019);
    labels2021 = List.copyOf(labels2021);
    headings = List.copyOf(headings);
    parts = List.copyOf(parts);
    overviewYears = List.copyOf(overviewYears);
    tables = Map.copyOf(tables);
    disableComments = List.copyOf(disableComments);
  }

  public Optional<Title> titleLine() {
    return Optional.ofNullable(title);
  }

  public Optional<StatisticalPeriod> statisticalPeriod() {
    return Optional.ofNullable(period);
  }

  public Optional<PublicationDate> publication() {
    return Optional.ofNullable(publicationDate);
  }

  public Optional<Table> table(TableKind kind) {
    return Optional.ofNullable(tables.get(kind));
  }

  public boolean hasYear() {
    return year > 0;
  }

  /** The first part of the given kind. */
  public Optional<Part> part(PartKind kind) {
    return parts.stream().filter(p -> p.kind() == kind).findFirst();
  }

  /** The body text of the first part of the given kind, lines joined with newlines. */
  public String partText(PartKind kind) {
    return part(kind).map(this::text).orElse("");
  }

  /** The body text of a part, lines joined with newlines. */
  public String text(Part part) {
    StringBuilder sb = new StringBuilder();
    for (int line = part.firstLine(); line <= part.lastLine(); line++) {
      sb.append(source.line(line)).append('\n');
    }
    return sb.toString();
  }
}
