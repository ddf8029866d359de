package uk.school.socialmedia.post;

import java.util.Set;

/** Where a post stands in its review. */
public enum PostStatus {
  /** with its author: being written, or sent back */
  DRAFT,
  /** waiting for a colleague's review */
  IN_REVIEW,
  /** approved, waiting for its scheduled time and an account manager */
  APPROVED,
  PUBLISHED,
  REJECTED,
  /** still unapproved at its scheduled time */
  EXPIRED,
  /** stopped because the reviewer raised a safeguarding concern */
  STOPPED,
  /** its author never submitted it */
  ABANDONED;

  /** Not yet published and still open: a withdrawal of consent sends these back. */
  static final Set<PostStatus> IN_PROGRESS = Set.of(DRAFT, IN_REVIEW, APPROVED);
}
