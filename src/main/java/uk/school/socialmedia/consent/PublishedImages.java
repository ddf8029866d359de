package uk.school.socialmedia.consent;

import java.util.List;

/**
 * Published posts that show a learner; implemented by post review. A withdrawal asks it for
 * everything that must be taken down.
 */
public interface PublishedImages {

  /** Every published post that shows the learner, with its channel's account managers. */
  List<PublishedImage> showing(String learnerReference);
}
