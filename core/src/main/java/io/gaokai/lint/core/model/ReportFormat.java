package io.gaokai.lint.core.model;

import java.util.List;
import java.util.Optional;

/**
 * The national format of the report as a format document declares it: its versions, parts and
 * tables, and the words the parser recognises the title, the period and the publication date by.
 * Immutable; loaded from YAML (see {@code national-format.yaml}), never written in code.
 *
 * @param name the format's name
 * @param versions its versions, in declaration order
 * @param parts the parts, by number
 * @param tables the standard tables, in document order
 * @param words the words the title, the organ kind, the period and the publication date are found by
 * @param lineage its name, then the names of the formats it extends, nearest first
 */
public record ReportFormat(
    String name,
    List<FormatVersion> versions,
    List<PartKind> parts,
    List<TableKind> tables,
    DocumentWords words,
    List<String> lineage) {

  /**
   * Words the document facts are recognised by.
   *
   * @param title words of which a title line holds one after its year ({@code 政府信息公开})
   * @param governmentSuffixes endings of an organ's name that make it a government's own report
   * @param periodContext words of which one stands shortly before a statistical period
   * @param publicationLabels labels that introduce a publication date ({@code 发布日期})
   */
  public record DocumentWords(
      List<String> title, List<String> governmentSuffixes, List<String> periodContext, List<String> publicationLabels) {
    public DocumentWords {
      title = List.copyOf(title);
      governmentSuffixes = List.copyOf(governmentSuffixes);
      periodContext = List.copyOf(periodContext);
      publicationLabels = List.copyOf(publicationLabels);
    }
  }

  public ReportFormat {
    lineage = lineage.isEmpty() ? List.of(name) : List.copyOf(lineage);
    versions = List.copyOf(versions);
    parts = List.copyOf(parts);
    tables = List.copyOf(tables);
  }

  /** Whether this format is {@code other} or extends it. */
  public boolean extendsOrIs(ReportFormat other) {
    return lineage.contains(other.name());
  }

  /** The version with that id, or empty ({@code unknown} is {@link FormatVersion#UNKNOWN}). */
  public Optional<FormatVersion> version(String id) {
    if (FormatVersion.UNKNOWN.id().equals(id)) {
      return Optional.of(FormatVersion.UNKNOWN);
    }
    return versions.stream().filter(v -> v.id().equals(id)).findFirst();
  }

  /**
   * The version reports of {@code year} use: among those whose years hold it, the one that starts
   * latest. {@link FormatVersion#UNKNOWN} for no year or none.
   */
  public FormatVersion expectedFor(int year) {
    FormatVersion best = FormatVersion.UNKNOWN;
    for (FormatVersion v : versions) {
      if (v.covers(year) && (best == FormatVersion.UNKNOWN || v.fromYear() >= best.fromYear())) {
        best = v;
      }
    }
    return best;
  }

  /** The versions that have the standard tables, in declaration order. */
  public List<FormatVersion> tabledVersions() {
    return versions.stream().filter(FormatVersion::tables).toList();
  }

  /** The part with that number. */
  public Optional<PartKind> part(int number) {
    return parts.stream().filter(p -> p.number() == number).findFirst();
  }

  public Optional<TableKind> table(String id) {
    return tables.stream().filter(t -> t.id().equals(id)).findFirst();
  }
}
