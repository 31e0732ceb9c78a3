package io.gaokai.lint.core.model;

import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A report as understood from one document: its year and format, its parts, its period, its
 * tables and its text. Immutable; knows nothing of readers or rules.
 *
 * @param source the text it was read from
 * @param definition the format it was read against (parts, tables, versions)
 * @param title the title line, or null when the document has none
 * @param year the report year, or 0 when it cannot be told
 * @param yearSource where {@code year} came from
 * @param organKind government or department (from the title)
 * @param format the format version (from the table labels, else from the year)
 * @param signatures the signature labels of each version (by version id) found, in document order
 * @param headings every part heading found, in document order (duplicates included)
 * @param parts the parts, one per heading, in document order
 * @param period the statistical period, or null when none is stated (the first one stated)
 * @param periods every statement of the statistical period, in document order
 * @param publicationDate the printed publication date, or null
 * @param overviewYears years mentioned in part 一 (or, without it, before part 二)
 * @param tables the standard tables found, by table id
 * @param text the text as paragraphs and sentences, tables and headings kept apart
 * @param disableComments the {@code gaokai-lint-disable} comments, with their scopes
 */
public record Report(
    SourceDocument source,
    ReportFormat definition,
    Title title,
    int year,
    YearSource yearSource,
    OrganKind organKind,
    FormatVersion format,
    Map<String, List<LabelMention>> signatures,
    List<PartHeading> headings,
    List<Part> parts,
    StatisticalPeriod period,
    List<StatisticalPeriod> periods,
    PublicationDate publicationDate,
    List<YearMention> overviewYears,
    Map<String, Table> tables,
    TextView text,
    List<DisableComment> disableComments) {

  public Report {
    signatures = Map.copyOf(signatures);
    headings = List.copyOf(headings);
    periods = List.copyOf(periods);
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

  public Optional<Table> table(String id) {
    return Optional.ofNullable(tables.get(id));
  }

  public boolean hasYear() {
    return year > 0;
  }

  /** The signature labels found of the given version, in document order. */
  public List<LabelMention> signature(FormatVersion version) {
    return signatures.getOrDefault(version.id(), List.of());
  }

  /** The first part with the given number. */
  public Optional<Part> part(int number) {
    return parts.stream().filter(p -> p.kind().number() == number).findFirst();
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
