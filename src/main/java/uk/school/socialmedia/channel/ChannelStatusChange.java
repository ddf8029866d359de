package uk.school.socialmedia.channel;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.time.Instant;
import org.hibernate.annotations.Immutable;

/** One step in a channel's status history: never changed once written. */
@Entity
@Immutable
@Table(name = "channel_status_change")
public class ChannelStatusChange {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @ManyToOne(optional = false)
  @JoinColumn(name = "channel_id")
  private Channel channel;

  @Enumerated(EnumType.STRING)
  private ChannelStatus fromStatus;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false)
  private ChannelStatus toStatus;

  @Column(nullable = false)
  private Instant changedAt;

  private String changedBy;

  @Column(length = 4000)
  private String reason;

  protected ChannelStatusChange() {}

  ChannelStatusChange(Channel channel, ChannelStatus from, ChannelStatus to, Instant at,
      String by, String reason) {
    this.channel = channel;
    this.fromStatus = from;
    this.toStatus = to;
    this.changedAt = at;
    this.changedBy = by;
    this.reason = reason;
  }

  public ChannelStatus getFromStatus() { return fromStatus; }
  public ChannelStatus getToStatus() { return toStatus; }
  public Instant getChangedAt() { return changedAt; }
  public String getChangedBy() { return changedBy; }
  public String getReason() { return reason; }
}
