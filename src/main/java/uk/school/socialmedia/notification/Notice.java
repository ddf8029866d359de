package uk.school.socialmedia.notification;

import java.util.Objects;

/**
 * What a process tells people. Keep safeguarding details out of it: a notice about a concern
 * says only that something needs attention, and links to the task (the link is authenticated).
 *
 * @param subject short subject line
 * @param body plain text
 * @param link where to act (usually a Tasklist task), may be null
 * @param processInstanceId the instance the notice is about, for tracing, may be null
 */
public record Notice(String subject, String body, String link, String processInstanceId) {

  /** Room for two quotations and the notice's own words within the outbox's 4,000 characters. */
  static final int EXCERPT_LENGTH = 1200;

  public Notice {
    Objects.requireNonNull(subject, "subject");
    Objects.requireNonNull(body, "body");
  }

  /**
   * A person's text quoted in a notice, shortened so that the notice fits the outbox (4,000
   * characters in all) however long the text is: the full text stays in the record.
   */
  public static String excerpt(Object text) {
    String quoted = text == null ? "" : text.toString().strip();
    return quoted.length() <= EXCERPT_LENGTH ? quoted
        : quoted.substring(0, EXCERPT_LENGTH).strip() + " [...] (shortened: the full text is in "
            + "the record)";
  }

  String fullText() {
    return link == null ? body : body + "\n\n" + link;
  }
}
