package uk.school.socialmedia.consent;

import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import org.springframework.stereotype.Component;

/**
 * Stands in for post review in the tests: published images and posts in review for the
 * learners a test names (each test uses learners of its own). Sits beside the real post review,
 * since a withdrawal asks every source.
 */
@Component
class PostReviewStandIn implements PublishedImages, PostsInReview {

  private final Map<String, List<PublishedImage>> published = new ConcurrentHashMap<>();
  final List<String> sentBack = new CopyOnWriteArrayList<>();

  void publish(String learnerReference, PublishedImage image) {
    published.computeIfAbsent(learnerReference, r -> new CopyOnWriteArrayList<>()).add(image);
  }

  @Override
  public List<PublishedImage> showing(String learnerReference) {
    return published.getOrDefault(learnerReference, List.of());
  }

  @Override
  public void sendBackShowing(String learnerReference, String reason) {
    sentBack.add(learnerReference);
  }
}
