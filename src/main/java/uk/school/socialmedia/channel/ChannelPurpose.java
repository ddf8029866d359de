package uk.school.socialmedia.channel;

import java.util.Arrays;
import java.util.List;

/** Policy 1.4: official use only with clear educational or community engagement objectives. */
public enum ChannelPurpose {
  EDUCATIONAL, COMMUNITY_ENGAGEMENT;

  public static List<String> names() {
    return Arrays.stream(values()).map(Enum::name).toList();
  }
}
