package uk.school.socialmedia.audit.page;

import java.util.concurrent.atomic.AtomicReference;
import org.springframework.stereotype.Component;
import uk.school.socialmedia.audit.AuditChain;
import uk.school.socialmedia.audit.VerificationReport;

/**
 * The outcome of the last check of the audit chain, so the page can show it without recomputing
 * the whole chain on every visit; "Verify now" checks again. The first visit after a start checks.
 */
@Component
class LatestVerification {

  private final AuditChain chain;
  private final AtomicReference<VerificationReport> latest = new AtomicReference<>();

  LatestVerification(AuditChain chain) {
    this.chain = chain;
  }

  VerificationReport get() {
    VerificationReport report = latest.get();
    return report != null ? report : verifyNow();
  }

  VerificationReport verifyNow() {
    VerificationReport report = chain.verify();
    latest.set(report);
    return report;
  }
}
