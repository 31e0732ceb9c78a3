package io.gaokai.lint.core;

import io.gaokai.lint.core.model.DisableComment;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;

/**
 * Finds the first {@code gaokai-lint-disable} comment, in document order, that covers a finding,
 * in time independent of how many comments there are. A comment covers either the whole document
 * (when it stands before the first part) or one part, and parts do not overlap: so a finding's
 * candidates are the first whole-document comment and the first comment of its own part that
 * name its rule or {@code all}. A comment covering one line ({@code gaokai-lint-disable-next-line})
 * is looked up by that line.
 */
final class DisableCommentIndex {

  /** The comments sharing one scope, first ones first: the first comment for each rule id. */
  private record Scope(int firstLine, int lastLine, Map<String, Integer> firstByRule) {

    Integer first(String ruleId) {
      Integer forRule = firstByRule.get(ruleId);
      Integer forAll = firstByRule.get("all");
      if (forRule == null || forAll == null) {
        return forRule == null ? forAll : forRule;
      }
      return Math.min(forRule, forAll);
    }
  }

  private final List<DisableComment> comments;
  private final TreeMap<Integer, List<Scope>> byFirstLine = new TreeMap<>();
  /** Scopes of one line, which may stand inside a part's scope: looked up by their line. */
  private final Map<Integer, Scope> byLine = new HashMap<>();

  DisableCommentIndex(List<DisableComment> comments) {
    this.comments = List.copyOf(comments);
    Map<Long, Scope> scopes = new HashMap<>();
    for (int i = 0; i < this.comments.size(); i++) {
      DisableComment c = this.comments.get(i);
      long key = ((long) c.firstLine() << 32) | (c.lastLine() & 0xFFFFFFFFL);
      Scope scope = scopes.computeIfAbsent(key, k -> {
        Scope s = new Scope(c.firstLine(), c.lastLine(), new HashMap<>());
        if (s.firstLine() == s.lastLine()) {
          byLine.put(s.firstLine(), s);
        } else {
          byFirstLine.computeIfAbsent(s.firstLine(), f -> new ArrayList<>()).add(s);
        }
        return s;
      });
      for (String id : c.ruleIds()) {
        scope.firstByRule().putIfAbsent(id, i);
      }
    }
  }

  /** The first comment that covers the rule on the line, or null. */
  DisableComment covering(String ruleId, int line) {
    Integer best = null;
    // scopes starting at or before the line: every whole-document scope starts at line 1, and of
    // the part scopes only the nearest start can reach the line
    for (Map.Entry<Integer, List<Scope>> e : candidates(line)) {
      for (Scope s : e.getValue()) {
        if (line <= s.lastLine()) {
          Integer first = s.first(ruleId);
          if (first != null && (best == null || first < best)) {
            best = first;
          }
        }
      }
    }
    Scope one = byLine.get(line);
    Integer first = one == null ? null : one.first(ruleId);
    if (first != null && (best == null || first < best)) {
      best = first;
    }
    return best == null ? null : comments.get(best);
  }

  private List<Map.Entry<Integer, List<Scope>>> candidates(int line) {
    List<Map.Entry<Integer, List<Scope>>> out = new ArrayList<>(2);
    Map.Entry<Integer, List<Scope>> nearest = byFirstLine.floorEntry(line);
    if (nearest != null) {
      out.add(nearest);
    }
    Map.Entry<Integer, List<Scope>> first = byFirstLine.firstEntry();
    if (first != null && !Objects.equals(first, nearest) && first.getKey() <= line) {
      out.add(first);
    }
    return out;
  }
}
