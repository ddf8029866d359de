package uk.school.socialmedia.post;

import java.time.Clock;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The register of posts. Post review writes it as a post moves on; other features read it:
 * {@link #published()} for the governors' exports, {@link #find(String)} for one post by its
 * post-review process instance id (also the post's reference in takedowns and concerns).
 */
@Service("postRegister")
public class PostRegister {

  private final PostRepository posts;
  private final Clock clock;

  PostRegister(PostRepository posts, Clock clock) {
    this.posts = posts;
    this.clock = clock;
  }

  /** Every published post, newest first. */
  @Transactional(readOnly = true)
  public List<Post> published() {
    return posts.findByStatusOrderByPublishedAtDesc(PostStatus.PUBLISHED);
  }

  @Transactional(readOnly = true)
  public Optional<Post> find(String processInstanceId) {
    return posts.findByProcessInstanceId(processInstanceId);
  }

  /** Called from the diagram's end events: the post's outcome, e.g. {@code 'EXPIRED'}. */
  @Transactional
  public void close(String processInstanceId, String outcome) {
    posts.findByProcessInstanceId(processInstanceId)
        .ifPresent(post -> post.close(PostStatus.valueOf(outcome), clock.instant()));
  }

  /** The reviewer raised a safeguarding concern: the post stops and keeps only its reference. */
  @Transactional
  void stopForConcern(String processInstanceId, String concernReference) {
    require(processInstanceId).stopForConcern(concernReference, clock.instant());
  }

  @Transactional
  void recordDraft(String processInstanceId, String author, long channelId, String channelName,
      String text, Collection<String> learners, boolean learnersTakePart, Instant scheduledFor) {
    Post post = posts.findByProcessInstanceId(processInstanceId)
        .orElseGet(() -> new Post(processInstanceId, author));
    post.draft(channelId, channelName, text, learners, learnersTakePart, scheduledFor,
        clock.instant());
    posts.save(post);
  }

  @Transactional
  void approve(String processInstanceId, String reviewer, String textSha256) {
    require(processInstanceId).approve(reviewer, textSha256, clock.instant());
  }

  @Transactional
  void sendBack(String processInstanceId) {
    posts.findByProcessInstanceId(processInstanceId).ifPresent(Post::sendBack);
  }

  @Transactional
  void publish(String processInstanceId, String publisher, String url) {
    require(processInstanceId).publish(publisher, url, clock.instant());
  }

  @Transactional(readOnly = true)
  List<Post> showing(String learnerReference, Collection<PostStatus> statuses) {
    return posts.findShowing(learnerReference, statuses);
  }

  Post require(String processInstanceId) {
    return posts.findByProcessInstanceId(processInstanceId).orElseThrow(() ->
        new IllegalStateException("No post recorded for process " + processInstanceId));
  }
}
