package io.gaokai.lint.core.output;

import io.gaokai.lint.core.model.Part;
import io.gaokai.lint.core.model.Report;
import io.gaokai.lint.core.model.Span;
import io.gaokai.lint.core.rules.Finding;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The findings of a report grouped by the part their line is in, in document order: findings
 * before the first part heading under the preface and title, then one group per part heading
 * (a repeated heading is a part of its own).
 */
final class FindingGroups {

  /**
   * One group.
   *
   * @param part the part, or null for the preface and title
   * @param findings its findings, in reading order
   */
  record Group(Part part, List<Finding> findings) {}

  private FindingGroups() {}

  static List<Group> of(Report report, List<Finding> findings) {
    Map<Part, List<Finding>> parts = new LinkedHashMap<>();
    List<Finding> preface = new ArrayList<>();
    List<Part> ordered = report == null ? List.of() : report.parts();
    for (Part p : ordered) {
      parts.put(p, new ArrayList<>());
    }
    // findings are placed in the text as read; a whole-page text's parts start within its lines
    java.util.function.UnaryOperator<Span> place = report == null ? x -> x : report.source()::toOriginal;
    for (Finding f : findings) {
      Part part = partOf(ordered, f.span(), place);
      (part == null ? preface : parts.get(part)).add(f);
    }
    List<Group> groups = new ArrayList<>();
    if (!preface.isEmpty()) {
      groups.add(new Group(null, preface));
    }
    parts.forEach((part, list) -> {
      if (!list.isEmpty()) {
        groups.add(new Group(part, list));
      }
    });
    return groups;
  }

  /** The last part whose heading is at or before the place, or null before the first heading. */
  private static Part partOf(List<Part> parts, Span at, java.util.function.UnaryOperator<Span> place) {
    Part found = null;
    Span foundAt = null;
    for (Part p : parts) {
      Span heading = place.apply(p.heading().span());
      if (compare(heading, at) <= 0 && (found == null || compare(heading, foundAt) >= 0)) {
        found = p;
        foundAt = heading;
      }
    }
    return found;
  }

  private static int compare(Span a, Span b) {
    return a.line() != b.line() ? Integer.compare(a.line(), b.line()) : Integer.compare(a.column(), b.column());
  }
}
