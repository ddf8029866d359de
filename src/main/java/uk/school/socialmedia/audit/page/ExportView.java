package uk.school.socialmedia.audit.page;

import java.util.UUID;
import uk.school.socialmedia.audit.ChainHead;
import uk.school.socialmedia.audit.ExportSummary;

/** One export as the page shows it: dates in en-GB, the scope by name, the state in words. */
record ExportView(UUID id, String requestedBy, String requestedAt, String period, String scope,
    String state, boolean running, boolean completed, int percentDone, String manifestSha256,
    ChainHead chainHead, String chainHeadSealedAt, String failure) {

  static ExportView of(ExportSummary export, ProcessScopes scopes, PageDates dates) {
    ChainHead head = export.chainHead();
    return new ExportView(export.id(), export.requestedBy(), dates.moment(export.requestedAt()),
        dates.period(export.request().from(), export.request().to()),
        scopes.describe(export.request().processKey()), stateInWords(export.state()),
        export.state() == ExportSummary.State.RUNNING,
        export.state() == ExportSummary.State.COMPLETED, export.percentDone(),
        export.manifestSha256(), head, head == null ? "" : dates.moment(head.sealedAt()),
        export.failure());
  }

  private static String stateInWords(ExportSummary.State state) {
    return switch (state) {
      case RUNNING -> "Running";
      case COMPLETED -> "Complete";
      case FAILED -> "Failed";
    };
  }
}
