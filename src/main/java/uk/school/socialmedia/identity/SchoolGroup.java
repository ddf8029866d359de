package uk.school.socialmedia.identity;

import java.util.Arrays;
import java.util.Set;
import java.util.stream.Collectors;

/** The groups of the public contract (docs/security.md says what each may do). */
public enum SchoolGroup {
  STAFF("staff", "All staff and volunteers"),
  DSL("dsl", "Designated Safeguarding Lead"),
  DDSL("ddsl", "Deputy Designated Safeguarding Lead"),
  HEAD("head", "Head of School"),
  BUSINESS_MANAGER("business-manager", "Business Manager"),
  SLT("slt", "Senior Leadership Team"),
  OFFICE("office", "School office"),
  GOVERNORS("governors", "Governors"),
  CHAIR_OF_GOVERNORS("chair-of-governors", "Chair of governors"),
  IT_ADMIN("it-admin", "Technical administration (no safeguarding records)"),
  BREAK_GLASS("break-glass", "Emergency access to safeguarding records (every use recorded)");

  private final String id;
  private final String displayName;

  SchoolGroup(String id, String displayName) {
    this.id = id;
    this.displayName = displayName;
  }

  public String id() {
    return id;
  }

  public String displayName() {
    return displayName;
  }

  /**
   * Everyone who works in Tasklist: all groups but the governors, who see exports only, and the
   * technical groups, whose members are given Tasklist by their school role if they have one.
   */
  public static Set<String> tasklistUsers() {
    return Arrays.stream(values())
        .filter(g -> g != GOVERNORS && g != IT_ADMIN && g != BREAK_GLASS)
        .map(SchoolGroup::id)
        .collect(Collectors.toUnmodifiableSet());
  }

  /** Leaders who may inspect processes in Cockpit. */
  public static Set<String> cockpitUsers() {
    return Set.of(SLT.id, HEAD.id, DSL.id);
  }
}
