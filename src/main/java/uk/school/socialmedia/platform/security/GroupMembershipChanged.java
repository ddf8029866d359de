package uk.school.socialmedia.platform.security;

/**
 * Published (synchronously, in the engine's transaction) when someone is added to or removed from
 * a group, so a feature can record what the membership means (e.g. emergency access).
 *
 * @param userId whose membership changed
 * @param groupId the group
 * @param added true when added, false when removed
 * @param changedBy the signed-in user who made the change, or null for the product itself
 */
public record GroupMembershipChanged(String userId, String groupId, boolean added,
    String changedBy) {}
