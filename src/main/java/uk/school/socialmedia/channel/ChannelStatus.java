package uk.school.socialmedia.channel;

/** Where a channel stands in its lifecycle; only an ACTIVE channel may publish. */
public enum ChannelStatus {
  /** Proposed and being assessed, approved or set up; not yet in use. */
  PROPOSED,
  /** Approved, set up, and in use. */
  ACTIVE,
  /** Not re-approved within the grace period after its annual review: no new posts. */
  SUSPENDED,
  /** Closed on request or after a refused review. */
  RETIRED,
  /** Not approved. */
  REJECTED
}
