package uk.school.socialmedia.audit;

import uk.school.socialmedia.platform.security.Roles;

/** Who may export and verify the audit record. */
public final class AuditAccess {

  /** For {@code @PreAuthorize}: governors, the chair of governors, the Head, the Business Manager. */
  public static final String MAY_EXPORT = Roles.IS_GOVERNANCE;

  private AuditAccess() {}
}
