package uk.school.socialmedia.audit.comments;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/** The text a comment had before its author edited or deleted it, and when that happened. */
@Entity
@Table(name = "comment_revision")
public class CommentRevision {

  public enum Change { EDITED, DELETED }

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Column(nullable = false)
  private String commentId;

  private String taskId;
  private String processInstanceId;
  private String author;

  @Column(length = 100000)
  private String earlierText;

  private Instant writtenAt;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false)
  private Change change;

  @Column(nullable = false)
  private String changedBy;

  @Column(nullable = false)
  private Instant changedAt;

  protected CommentRevision() {}

  CommentRevision(String commentId, String taskId, String processInstanceId, String author,
      String earlierText, Instant writtenAt, Change change, String changedBy, Instant changedAt) {
    this.commentId = commentId;
    this.taskId = taskId;
    this.processInstanceId = processInstanceId;
    this.author = author;
    this.earlierText = earlierText;
    this.writtenAt = writtenAt;
    this.change = change;
    this.changedBy = changedBy;
    this.changedAt = changedAt;
  }

  public Long getId() { return id; }
  public String getCommentId() { return commentId; }
  public String getTaskId() { return taskId; }
  public String getProcessInstanceId() { return processInstanceId; }
  public String getAuthor() { return author; }
  public String getEarlierText() { return earlierText; }
  public Instant getWrittenAt() { return writtenAt; }
  public Change getChange() { return change; }
  public String getChangedBy() { return changedBy; }
  public Instant getChangedAt() { return changedAt; }
}
