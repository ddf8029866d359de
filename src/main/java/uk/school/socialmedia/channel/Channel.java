package uk.school.socialmedia.channel;

import jakarta.persistence.CascadeType;
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
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import org.hibernate.annotations.SortNatural;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Set;
import java.util.SortedSet;
import java.util.TreeSet;

/**
 * An official social-media channel in the school's register. Its lifecycle is run by the
 * {@code channel-risk-assessment} process; every status change is kept in its history.
 */
@Entity
@Table(name = "channel")
public class Channel {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Column(nullable = false)
  private String name;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false)
  private Platform platform;

  private String platformOther;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false)
  private ChannelPurpose purpose;

  @Column(nullable = false, length = 4000)
  private String objectives;

  @Column(nullable = false, length = 4000)
  private String intendedOutcomes;

  @Column(nullable = false, length = 1000)
  private String audience;

  private boolean learnersTakePart;

  @Column(nullable = false)
  private String registrationEmail;

  @Column(nullable = false, length = 4000)
  private String moderationPlan;

  @Column(nullable = false, length = 4000)
  private String inclusionPlan;

  private String accountUrl;
  private String websiteLinkUrl;
  private String accessDetailsHolder;
  private String accessDetailsLocation;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false)
  private ChannelStatus status;

  @Enumerated(EnumType.STRING)
  private RiskRating riskRating;

  @Column(nullable = false)
  private String proposedBy;

  @Column(nullable = false)
  private Instant proposedAt;

  private String approvedBy;
  private Instant approvedAt;
  private Instant activatedAt;
  private Instant lastReviewedAt;
  private Instant nextReviewDue;

  @Column(nullable = false)
  private String processInstanceId;

  @ElementCollection(fetch = FetchType.EAGER)
  @CollectionTable(name = "channel_manager", joinColumns = @JoinColumn(name = "channel_id"))
  @Column(name = "user_id")
  @SortNatural
  private SortedSet<String> managers = new TreeSet<>();

  @OneToMany(mappedBy = "channel", cascade = CascadeType.PERSIST, fetch = FetchType.EAGER)
  @OrderBy("id")
  private List<ChannelStatusChange> history = new ArrayList<>();

  protected Channel() {}

  Channel(ChannelProposal proposal, String proposedBy, Instant proposedAt,
      String processInstanceId) {
    this.proposedBy = proposedBy;
    this.proposedAt = proposedAt;
    this.processInstanceId = processInstanceId;
    this.status = ChannelStatus.PROPOSED;
    describe(proposal);
    history.add(new ChannelStatusChange(this, null, ChannelStatus.PROPOSED, proposedAt,
        proposedBy, "Proposed"));
  }

  /** Takes the proposal's (possibly revised) description. */
  void describe(ChannelProposal proposal) {
    this.name = proposal.name();
    this.platform = proposal.platform();
    this.platformOther = proposal.platformOther();
    this.purpose = proposal.purpose();
    this.objectives = proposal.objectives();
    this.intendedOutcomes = proposal.intendedOutcomes();
    this.audience = proposal.audience();
    this.learnersTakePart = proposal.learnersTakePart();
    this.registrationEmail = proposal.registrationEmail();
    this.moderationPlan = proposal.moderationPlan();
    this.inclusionPlan = proposal.inclusionPlan();
    this.managers.clear();
    this.managers.addAll(proposal.accountManagers());
  }

  void recordApproval(String approver, Instant at, RiskRating rating) {
    this.approvedBy = approver;
    this.approvedAt = at;
    this.lastReviewedAt = at;
    this.riskRating = rating;
  }

  void recordSetUp(String accountUrl, String websiteLinkUrl, String accessDetailsHolder,
      String accessDetailsLocation) {
    this.accountUrl = accountUrl;
    this.websiteLinkUrl = websiteLinkUrl;
    this.accessDetailsHolder = accessDetailsHolder;
    this.accessDetailsLocation = accessDetailsLocation;
  }

  void scheduleNextReview(Instant due) {
    this.nextReviewDue = due;
  }

  void changeStatus(ChannelStatus to, Instant at, String by, String reason) {
    if (to == ChannelStatus.ACTIVE && activatedAt == null) {
      activatedAt = at;
    }
    history.add(new ChannelStatusChange(this, status, to, at, by, reason));
    status = to;
  }

  public boolean isManagedBy(String userId) {
    return managers.contains(userId);
  }

  public Long getId() { return id; }
  public String getName() { return name; }
  public Platform getPlatform() { return platform; }
  public String getPlatformOther() { return platformOther; }
  public ChannelPurpose getPurpose() { return purpose; }
  public String getObjectives() { return objectives; }
  public String getIntendedOutcomes() { return intendedOutcomes; }
  public String getAudience() { return audience; }
  public boolean isLearnersTakePart() { return learnersTakePart; }
  public String getRegistrationEmail() { return registrationEmail; }
  public String getModerationPlan() { return moderationPlan; }
  public String getInclusionPlan() { return inclusionPlan; }
  public String getAccountUrl() { return accountUrl; }
  public String getWebsiteLinkUrl() { return websiteLinkUrl; }
  public String getAccessDetailsHolder() { return accessDetailsHolder; }
  public String getAccessDetailsLocation() { return accessDetailsLocation; }
  public ChannelStatus getStatus() { return status; }
  public RiskRating getRiskRating() { return riskRating; }
  public String getProposedBy() { return proposedBy; }
  public Instant getProposedAt() { return proposedAt; }
  public String getApprovedBy() { return approvedBy; }
  public Instant getApprovedAt() { return approvedAt; }
  public Instant getActivatedAt() { return activatedAt; }
  public Instant getLastReviewedAt() { return lastReviewedAt; }
  public Instant getNextReviewDue() { return nextReviewDue; }
  public String getProcessInstanceId() { return processInstanceId; }
  public Set<String> getManagers() { return Collections.unmodifiableSet(managers); }
  public List<ChannelStatusChange> getHistory() { return Collections.unmodifiableList(history); }

  /** Display name of the platform, e.g. "Facebook" or the name given for OTHER. */
  public String platformLabel() {
    return platform == Platform.OTHER && platformOther != null ? platformOther : platform.name();
  }
}
