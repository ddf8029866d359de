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

  public Notice {
    Objects.requireNonNull(subject, "subject");
    Objects.requireNonNull(body, "body");
  }

  String fullText() {
    return link == null ? body : body + "\n\n" + link;
  }
}
