package uk.school.socialmedia.channel;

import java.util.Arrays;
import java.util.List;

/** The social-media services a school commonly uses; anything else is OTHER, named. */
public enum Platform {
  FACEBOOK, INSTAGRAM, X, YOUTUBE, LINKEDIN, TIKTOK, BLOG, OTHER;

  public static List<String> names() {
    return Arrays.stream(values()).map(Enum::name).toList();
  }
}
