package uk.school.socialmedia.consent;

import java.util.List;

/**
 * A published post that shows a learner.
 *
 * @param postId the post's id in post review
 * @param channelName the official channel it is on
 * @param url where it can be seen
 * @param accountManagers user ids of the channel's account managers, who take it down
 */
public record PublishedImage(String postId, String channelName, String url,
    List<String> accountManagers) {

  public PublishedImage {
    accountManagers = List.copyOf(accountManagers);
  }
}
