package uk.school.socialmedia.post;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.Collection;
import java.util.Collections;
import java.util.Set;
import java.util.SortedSet;
import java.util.TreeSet;
import org.hibernate.annotations.SortNatural;

/**
 * One post in the register: which channel, the learners it shows (school references only), who
 * wrote and who approved it, and where and when it was published, or the reference of the
 * safeguarding concern that stopped it. One row per post-review process instance.
 */
@Entity
@Table(name = "post")
public class Post {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Column(nullable = false, unique = true)
  private String processInstanceId;

  @Column(nullable = false)
  private String author;

  @Column(nullable = false)
  private Long channelId;

  @Column(nullable = false)
  private String channelName;

  @Column(name = "post_text", nullable = false, length = 5000)
  private String text;

  private boolean learnersTakePart;

  @Column(nullable = false)
  private Instant scheduledFor;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false)
  private PostStatus status;

  @Column(nullable = false)
  private Instant draftedAt;

  private String approvedBy;
  private Instant approvedAt;
  private String approvedTextSha256;
  private String publishedBy;
  private Instant publishedAt;
  private String publishedUrl;
  private Instant closedAt;
  /** the concern its reviewer raised: only the concern's readers may follow it */
  private String concernReference;

  @ElementCollection(fetch = FetchType.EAGER)
  @CollectionTable(name = "post_learner", joinColumns = @JoinColumn(name = "post_id"))
  @Column(name = "learner_reference")
  @SortNatural
  private SortedSet<String> learners = new TreeSet<>();

  protected Post() {}

  Post(String processInstanceId, String author) {
    this.processInstanceId = processInstanceId;
    this.author = author;
  }

  void draft(long channelId, String channelName, String text, Collection<String> learners,
      boolean learnersTakePart, Instant scheduledFor, Instant at) {
    this.channelId = channelId;
    this.channelName = channelName;
    this.text = text;
    this.learners.clear();
    this.learners.addAll(learners);
    this.learnersTakePart = learnersTakePart;
    this.scheduledFor = scheduledFor;
    this.draftedAt = at;
    this.status = PostStatus.IN_REVIEW;
    this.approvedBy = null;
    this.approvedAt = null;
    this.approvedTextSha256 = null;
  }

  void approve(String reviewer, String textSha256, Instant at) {
    this.approvedBy = reviewer;
    this.approvedTextSha256 = textSha256;
    this.approvedAt = at;
    this.status = PostStatus.APPROVED;
  }

  void sendBack() {
    this.status = PostStatus.DRAFT;
  }

  void publish(String publisher, String url, Instant at) {
    this.publishedBy = publisher;
    this.publishedUrl = url;
    this.publishedAt = at;
    this.status = PostStatus.PUBLISHED;
  }

  void stopForConcern(String concernReference, Instant at) {
    this.concernReference = concernReference;
    close(PostStatus.STOPPED, at);
  }

  void close(PostStatus outcome, Instant at) {
    this.status = outcome;
    this.closedAt = at;
  }

  public Long getId() { return id; }
  public String getProcessInstanceId() { return processInstanceId; }
  public String getAuthor() { return author; }
  public Long getChannelId() { return channelId; }
  public String getChannelName() { return channelName; }
  public String getText() { return text; }
  public boolean isLearnersTakePart() { return learnersTakePart; }
  public Instant getScheduledFor() { return scheduledFor; }
  public PostStatus getStatus() { return status; }
  public Instant getDraftedAt() { return draftedAt; }
  public String getApprovedBy() { return approvedBy; }
  public Instant getApprovedAt() { return approvedAt; }
  public String getApprovedTextSha256() { return approvedTextSha256; }
  public String getPublishedBy() { return publishedBy; }
  public Instant getPublishedAt() { return publishedAt; }
  public String getPublishedUrl() { return publishedUrl; }
  public Instant getClosedAt() { return closedAt; }
  public String getConcernReference() { return concernReference; }
  public Set<String> getLearners() { return Collections.unmodifiableSet(learners); }
}
