package uk.school.socialmedia.concern;

import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.Set;
import java.util.stream.Collectors;

/** Group lists as the routing table writes them: comma-separated ids, blanks ignored. */
final class Groups {

  private Groups() {}

  static Set<String> parse(Object commaSeparated) {
    if (!(commaSeparated instanceof String text)) {
      return Set.of();
    }
    return Arrays.stream(text.split(",")).map(String::trim).filter(id -> !id.isEmpty())
        .collect(Collectors.toCollection(LinkedHashSet::new));
  }

  static String join(Set<String> groups) {
    return String.join(",", groups);
  }
}
