package uk.school.socialmedia.audit.page;

import uk.school.socialmedia.audit.ChainHead;
import uk.school.socialmedia.audit.VerificationReport;
import uk.school.socialmedia.audit.VerificationReport.Finding;

/**
 * A verification in plain words: intact, or the first finding (the first record that was
 * altered, inserted or deleted, or where the chain itself was edited), and how many more.
 */
record VerificationView(boolean intact, String checkedAt, long recordsChecked, ChainHead head,
    String firstFinding, int moreFindings) {

  static VerificationView of(VerificationReport report, PageDates dates) {
    Finding first = report.intact() ? null : report.findings().get(0);
    return new VerificationView(report.intact(), dates.moment(report.checkedAt()),
        report.recordsChecked(), report.head(), first == null ? "" : describe(first),
        Math.max(0, report.findings().size() - 1));
  }

  static String describe(Finding finding) {
    String what = switch (finding.problem()) {
      case ALTERED -> "A record was changed after it was sealed";
      case INSERTED -> "A record was added without being sealed";
      case DELETED -> "A sealed record was removed (not by the planned history clean-up)";
      case CHAIN_BROKEN -> "The chain itself was edited";
      case NOT_EXTENDED -> "The chain no longer holds the earlier export's head";
      case HELD_RECORD_REMOVED -> "A record under a legal hold was removed";
      case REMOVED_EARLY -> "A record was removed before the school's retention rules allowed";
      case REMOVAL_TIME_SET -> "A removal time was set by hand, not by the retention rules";
    };
    StringBuilder text = new StringBuilder(what).append(": ").append(finding.source());
    if (finding.recordId() != null) {
      text.append(", record ").append(finding.recordId());
    }
    if (finding.sequence() != null) {
      text.append(", chain position ").append(finding.sequence());
    }
    if (finding.detail() != null && !finding.detail().isBlank()) {
      text.append(" (").append(finding.detail()).append(')');
    }
    return text.append('.').toString();
  }
}
