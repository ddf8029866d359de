package uk.school.socialmedia.consent;

/**
 * Posts not yet published; implemented by post review. A withdrawal sends every post still in
 * review that shows the learner back to its author.
 */
public interface PostsInReview {

  /** Sends each post in review that shows the learner back to its author with the reason. */
  void sendBackShowing(String learnerReference, String reason);
}
