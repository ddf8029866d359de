package uk.school.socialmedia.audit.page;

import uk.school.socialmedia.audit.ChainHead;
import uk.school.socialmedia.audit.VerificationReport;

/** The plain answer to "does today's record extend that earlier export?". */
record ExtendsAnswer(boolean extendsEarlier, String text) {

  static ExtendsAnswer of(ChainHead earlier, VerificationReport report) {
    if (report.intact()) {
      return new ExtendsAnswer(true, "Yes. Today's audit chain still holds the earlier export's "
          + "chain hash at sequence " + earlier.sequence() + ", so nothing recorded up to that "
          + "export has been changed or removed, and a later export extends it.");
    }
    return new ExtendsAnswer(false, "No. " + VerificationView.describe(report.findings().get(0))
        + " A later export does not extend that earlier one: ask the Head or the Business Manager "
        + "to look into it.");
  }
}
