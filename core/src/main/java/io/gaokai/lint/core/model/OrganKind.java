package io.gaokai.lint.core.model;

/** Whether the report is a government's own (人民政府) or a department's. */
public enum OrganKind {
  GOVERNMENT("government"),
  DEPARTMENT("department"),
  UNKNOWN("unknown");

  private final String id;

  OrganKind(String id) {
    this.id = id;
  }

  public String id() {
    return id;
  }
}
