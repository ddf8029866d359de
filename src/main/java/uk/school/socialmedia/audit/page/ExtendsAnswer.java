package uk.school.socialmedia.audit.page;

import java.util.Optional;
import uk.school.socialmedia.audit.ChainHead;
import uk.school.socialmedia.audit.VerificationReport;
import uk.school.socialmedia.audit.VerificationReport.Finding;
import uk.school.socialmedia.audit.VerificationReport.Problem;

/**
 * The plain answer to "does today's record extend that earlier export?": no when the chain no
 * longer holds the earlier head; yes otherwise, saying so when verification found something else
 * (a problem with later records does not undo the earlier export, but a governor should know).
 */
record ExtendsAnswer(boolean extendsEarlier, String text) {

  static ExtendsAnswer of(ChainHead earlier, VerificationReport report) {
    Optional<Finding> notExtended = report.findings().stream()
        .filter(finding -> finding.problem() == Problem.NOT_EXTENDED).findFirst();
    if (notExtended.isPresent()) {
      return new ExtendsAnswer(false, "No. " + VerificationView.describe(notExtended.get())
          + " A later export does not extend that earlier one: ask the Head or the Business "
          + "Manager to look into it.");
    }
    String yes = "Yes. Today's audit chain still holds the earlier export's chain hash at "
        + "sequence " + earlier.sequence() + ", so a later export extends it.";
    return new ExtendsAnswer(true, report.intact() ? yes : yes + " Verification found another "
        + "problem, though: " + VerificationView.describe(report.findings().get(0)));
  }
}
