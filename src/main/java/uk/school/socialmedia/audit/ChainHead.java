package uk.school.socialmedia.audit;

import java.time.Instant;

/**
 * The head of the audit hash chain: how many records are sealed and the chain hash of the last
 * one. An export carries the head it was made at; a later chain that still holds the same hash at
 * the same sequence extends it.
 */
public record ChainHead(long sequence, String hash, Instant sealedAt) {}
