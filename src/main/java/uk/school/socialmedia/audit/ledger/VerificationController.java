package uk.school.socialmedia.audit.ledger;

import java.time.Instant;
import java.util.List;
import java.util.regex.Pattern;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import uk.school.socialmedia.audit.AuditAccess;
import uk.school.socialmedia.audit.AuditChain;
import uk.school.socialmedia.audit.ChainHead;
import uk.school.socialmedia.audit.VerificationReport;
import uk.school.socialmedia.platform.process.RuleViolation;

/** Verification of the audit record for those who may export it. */
@RestController
@RequestMapping("/api/audit/verification")
@PreAuthorize(AuditAccess.MAY_EXPORT)
class VerificationController {

  private static final Pattern SHA_256 = Pattern.compile("[0-9a-f]{64}");

  /** The report as JSON, with whether it is intact spelled out. */
  record VerificationView(boolean intact, Instant checkedAt, ChainHead head, long recordsChecked,
      List<VerificationReport.Finding> findings) {

    static VerificationView of(VerificationReport report) {
      return new VerificationView(report.intact(), report.checkedAt(), report.head(),
          report.recordsChecked(), report.findings());
    }
  }

  /** What an export's manifest carries. */
  record EarlierHead(Long sequence, String hash) {}

  private final AuditChain chain;

  VerificationController(AuditChain chain) {
    this.chain = chain;
  }

  @GetMapping
  VerificationView verify() {
    return VerificationView.of(chain.verify());
  }

  @PostMapping("/extends")
  VerificationView verifyExtends(@RequestBody EarlierHead earlier) {
    if (earlier == null || earlier.sequence() == null || earlier.sequence() < 0) {
      throw new RuleViolation("sequence: the chain sequence of the earlier export (0 or more) "
          + "is required");
    }
    if (earlier.hash() == null || !SHA_256.matcher(earlier.hash()).matches()) {
      throw new RuleViolation("hash: the chain hash of the earlier export (64 lower-case "
          + "hexadecimal characters) is required");
    }
    return VerificationView.of(
        chain.verifyExtends(new ChainHead(earlier.sequence(), earlier.hash(), null)));
  }
}
