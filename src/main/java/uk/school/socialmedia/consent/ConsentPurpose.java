package uk.school.socialmedia.consent;

/** What a parent or carer may agree to, each separately (policy 1.4; DOMAIN.md "Photos"). */
public enum ConsentPurpose {
  /** the learner's image on the school's official social-media channels */
  SOCIAL_MEDIA_IMAGE("image on official social media"),
  /** the learner's image on the school website */
  WEBSITE_IMAGE("image on the school website"),
  /** the learner's name shown with their image */
  NAME_WITH_IMAGE("name shown with their image"),
  /** the learner taking part in official social-media activity */
  SOCIAL_MEDIA_ACTIVITY("taking part in official social-media activity");

  private final String description;

  ConsentPurpose(String description) {
    this.description = description;
  }

  /** Words for letters and notices. */
  public String description() {
    return description;
  }

  /**
   * The form field (a checkbox) for this purpose after a prefix: {@code formField("consent")} is
   * consentWebsiteImage for WEBSITE_IMAGE.
   */
  public String formField(String prefix) {
    StringBuilder field = new StringBuilder(prefix);
    for (String word : name().split("_")) {
      field.append(word.charAt(0)).append(word.substring(1).toLowerCase());
    }
    return field.toString();
  }
}
