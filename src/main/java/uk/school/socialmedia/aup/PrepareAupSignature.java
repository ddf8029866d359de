package uk.school.socialmedia.aup;

import java.util.List;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.camunda.bpm.engine.identity.User;
import org.springframework.stereotype.Component;
import uk.school.socialmedia.platform.process.FormRules;
import uk.school.socialmedia.platform.process.RejectSelfApproval;
import uk.school.socialmedia.platform.process.RuleViolation;

/**
 * Start of {@code aup-signing}: decides who signs which version and puts the version's text and
 * commitments on the request, so the signing form shows exactly what will be signed.
 *
 * <p>A member of staff who starts it signs for themselves (the signer is the initiator, never a
 * submitted name); a request the school starts ({@link AupSigningRequests}) names its signer
 * and version. Refused: signing for someone else, a version already signed, a second open request.
 */
@Component("prepareAupSignature")
class PrepareAupSignature implements ExecutionListener {

  private final AupVersions versions;
  private final AupSignatureRepository signatures;
  private final AupSigningRequests requests;
  private final IdentityService identity;

  PrepareAupSignature(AupVersions versions, AupSignatureRepository signatures,
      AupSigningRequests requests, IdentityService identity) {
    this.versions = versions;
    this.signatures = signatures;
    this.requests = requests;
    this.identity = identity;
  }

  @Override
  public void notify(DelegateExecution execution) {
    String initiator = (String) execution.getVariable(RejectSelfApproval.INITIATOR);
    String signer = FormRules.text(execution, AupVariables.SIGNER);
    if (initiator != null) {
      if (signer != null && !signer.equals(initiator)) {
        throw new RuleViolation("You can only start signing the social media AUP for yourself.");
      }
      signer = initiator;
    }
    if (signer == null) {
      throw new RuleViolation("Please say who is to sign the social media AUP.");
    }
    User user = identity.createUserQuery().userId(signer).singleResult();
    if (user == null) {
      throw new RuleViolation("There is no member of staff '" + signer + "'.");
    }
    AupVersion version = version(execution);
    int number = version.getVersionNumber();
    if (signatures.existsByUserIdAndVersionNumber(signer, number)) {
      throw new RuleViolation("You have already signed version " + number
          + " of the social media AUP: there is nothing more to sign.");
    }
    requests.openRequest(signer, number)
        .filter(open -> !open.getId().equals(execution.getProcessInstanceId()))
        .ifPresent(open -> {
          throw new RuleViolation("A request to sign version " + number + " is already waiting "
              + "in Tasklist (My tasks: 'Read and sign the social media AUP').");
        });

    List<String> commitments = version.getCommitments();
    execution.setVariable(AupVariables.SIGNER, signer);
    execution.setVariable(AupVariables.SIGNER_NAME, fullName(user));
    execution.setVariable(AupVariables.VERSION_NUMBER, number);
    execution.setVariable(AupVariables.TEXT, version.getFullText());
    execution.setVariable(AupVariables.TEXT_SHA256, version.getTextSha256());
    execution.setVariable(AupVariables.COMMITMENT_COUNT, commitments.size());
    for (int i = 0; i < commitments.size(); i++) {
      execution.setVariable(AupVariables.COMMITMENT_STATEMENT + (i + 1), commitments.get(i));
    }
    execution.setProcessBusinessKey(AupSigningRequests.businessKey(signer, number));
  }

  /** The version the school asked for, or else the current one. */
  private AupVersion version(DelegateExecution execution) {
    Object requested = execution.getVariable(AupVariables.VERSION_NUMBER);
    if (requested instanceof Number number) {
      return versions.find(number.intValue()).orElseThrow(() ->
          new RuleViolation("There is no version " + number + " of the social media AUP."));
    }
    return versions.current().orElseThrow(() ->
        new RuleViolation("No version of the social media AUP has been published yet."));
  }

  static String fullName(User user) {
    return (nullToEmpty(user.getFirstName()) + " " + nullToEmpty(user.getLastName())).strip();
  }

  private static String nullToEmpty(String text) {
    return text == null ? "" : text;
  }
}
