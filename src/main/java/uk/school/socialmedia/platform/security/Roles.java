package uk.school.socialmedia.platform.security;

/**
 * The authorities the product API checks: each of the contract's groups (see
 * {@code identity.SchoolGroup}) signs in as {@code GROUP_<group id>}, and the role checks for
 * {@code @PreAuthorize} are built from these constants only.
 */
public final class Roles {

  /** Prefix of the authority each Camunda group a user belongs to becomes. */
  public static final String GROUP_PREFIX = "GROUP_";

  public static final String HEAD = GROUP_PREFIX + "head";
  public static final String DSL = GROUP_PREFIX + "dsl";
  public static final String DDSL = GROUP_PREFIX + "ddsl";
  public static final String BUSINESS_MANAGER = GROUP_PREFIX + "business-manager";
  public static final String SLT = GROUP_PREFIX + "slt";
  public static final String OFFICE = GROUP_PREFIX + "office";
  public static final String GOVERNORS = GROUP_PREFIX + "governors";
  public static final String CHAIR_OF_GOVERNORS = GROUP_PREFIX + "chair-of-governors";
  /** Technical administration (no safeguarding records). */
  public static final String IT_ADMIN = GROUP_PREFIX + "it-admin";

  public static final String IS_IT_ADMIN = "hasAuthority('" + IT_ADMIN + "')";
  public static final String IS_OFFICE = "hasAuthority('" + OFFICE + "')";
  public static final String IS_HEAD_OR_DSL = "hasAnyAuthority('" + HEAD + "', '" + DSL + "')";
  public static final String IS_SAFEGUARDING_LEAD_OR_HEAD =
      "hasAnyAuthority('" + DSL + "', '" + DDSL + "', '" + HEAD + "')";
  public static final String IS_HEAD_OR_BUSINESS_MANAGER =
      "hasAnyAuthority('" + HEAD + "', '" + BUSINESS_MANAGER + "')";
  public static final String IS_HEAD_BUSINESS_MANAGER_OR_SLT =
      "hasAnyAuthority('" + HEAD + "', '" + BUSINESS_MANAGER + "', '" + SLT + "')";
  /** Governors, the chair of governors, the Head, the Business Manager. */
  public static final String IS_GOVERNANCE = "hasAnyAuthority('" + GOVERNORS + "', '"
      + CHAIR_OF_GOVERNORS + "', '" + HEAD + "', '" + BUSINESS_MANAGER + "')";

  private Roles() {}
}
