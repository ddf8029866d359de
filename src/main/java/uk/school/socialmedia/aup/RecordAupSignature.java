package uk.school.socialmedia.aup;

import java.time.Clock;
import java.util.Date;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** Writes the accepted signature to the register, against the exact text (hash) that was shown. */
@Component("recordAupSignature")
class RecordAupSignature implements JavaDelegate {

  private final AupVersions versions;
  private final AupSignatureRepository signatures;
  private final Clock clock;

  RecordAupSignature(AupVersions versions, AupSignatureRepository signatures, Clock clock) {
    this.versions = versions;
    this.signatures = signatures;
    this.clock = clock;
  }

  @Override
  public void execute(DelegateExecution execution) {
    int number = ((Number) execution.getVariable(AupVariables.VERSION_NUMBER)).intValue();
    AupVersion version = versions.find(number).orElseThrow();
    AupSignature signature = signatures.save(new AupSignature(
        (String) execution.getVariable(AupVariables.SIGNER), version, clock.instant(),
        ((String) execution.getVariable(AupVariables.TYPED_FULL_NAME)).strip(),
        execution.getProcessInstanceId()));
    execution.setVariable(AupVariables.SIGNATURE_ID, signature.getId());
    execution.setVariable(AupVariables.SIGNED_AT, Date.from(signature.getSignedAt()));
  }
}
