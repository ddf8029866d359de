package uk.school.socialmedia.audit;

import java.time.Instant;
import java.util.UUID;

/**
 * One export as the governors' page lists it. {@code percentDone} moves while the export runs;
 * {@code manifestSha256} and {@code chainHead} are set when it completes; {@code failure} says why
 * a failed export failed (no personal data).
 */
public record ExportSummary(UUID id, String requestedBy, Instant requestedAt, ExportRequest request,
    State state, int percentDone, String manifestSha256, ChainHead chainHead, String failure) {

  public enum State { RUNNING, COMPLETED, FAILED }
}
