package io.gaokai.lint.core.output;

import io.gaokai.lint.core.FileResult;
import io.gaokai.lint.core.parse.OrganName;
import io.gaokai.lint.core.rules.Finding;
import io.gaokai.lint.core.rules.Severity;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * The active findings of a run over many reports counted per rule and per organ, for an auditor
 * who lints a whole directory of a region's reports: which defects are common, which organs have
 * most. Kept by the text and HTML outputs as results arrive.
 */
final class RunTally {

  /** Counts by severity: errors, warnings, infos. */
  static final class Counts {
    long errors;
    long warnings;
    long infos;
    int files;

    void add(Severity s) {
      switch (s) {
        case ERROR -> errors++;
        case WARNING -> warnings++;
        case INFO -> infos++;
      }
    }

    long total() {
      return errors + warnings + infos;
    }
  }

  private final Map<String, Counts> byRule = new TreeMap<>();
  private final Map<String, Counts> byOrgan = new LinkedHashMap<>();
  private int files;

  void add(FileResult result) {
    files++;
    String organ = sameAs(organ(result));
    Counts o = byOrgan.computeIfAbsent(organ, k -> new Counts());
    o.files++;
    for (Finding f : result.activeFindings()) {
      byRule.computeIfAbsent(f.ruleId(), k -> new Counts()).add(f.severity());
      o.add(f.severity());
    }
  }

  /**
   * The name the tally already counts the organ under (洪泽区人民政府 and 淮安市洪泽区人民政府 are one),
   * renamed to the longer of the two names; else the name itself.
   */
  private String sameAs(String organ) {
    for (String known : List.copyOf(byOrgan.keySet())) {
      if (OrganName.same(known, organ)) {
        if (organ.length() > known.length()) {
          Counts c = byOrgan.remove(known);
          byOrgan.put(organ, c);
          return organ;
        }
        return known;
      }
    }
    return organ;
  }

  /** The organ a result's report names, or empty when it names none (or could not be read). */
  static String organ(FileResult result) {
    return result.report() == null ? "" : OrganName.of(result.report());
  }

  int files() {
    return files;
  }

  /** How many reports of the organ (a name from {@link #organs}) the run had. */
  int filesOf(String organ) {
    Counts c = byOrgan.get(organ);
    return c == null ? 0 : c.files;
  }

  /** Rules with findings, most findings first, then by id. */
  List<Map.Entry<String, Counts>> rules() {
    List<Map.Entry<String, Counts>> out = new ArrayList<>(byRule.entrySet());
    out.sort(Comparator.comparingLong((Map.Entry<String, Counts> e) -> -e.getValue().total()).thenComparing(Map.Entry::getKey));
    return out;
  }

  /** Organs (empty: not named) with their files and findings, most findings first, then by name. */
  List<Map.Entry<String, Counts>> organs() {
    List<Map.Entry<String, Counts>> out = new ArrayList<>(byOrgan.entrySet());
    out.sort(Comparator.comparingLong((Map.Entry<String, Counts> e) -> -e.getValue().total()).thenComparing(Map.Entry::getKey));
    return out;
  }

  /** Whether a summary says anything a per-file list does not: several reports, some findings. */
  boolean worthShowing() {
    return files > 1 && !byRule.isEmpty();
  }
}
