package uk.school.socialmedia.audit;

/** Who may export and verify the audit record (issue 9, point 4). */
public final class AuditAccess {

  /** For {@code @PreAuthorize}: governors, the chair of governors, the Head, the Business Manager. */
  public static final String MAY_EXPORT = "hasAnyAuthority('GROUP_governors', "
      + "'GROUP_chair-of-governors', 'GROUP_head', 'GROUP_business-manager')";

  private AuditAccess() {}
}
