package uk.school.socialmedia.aup;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.camunda.bpm.engine.impl.identity.Authentication;
import org.springframework.stereotype.Component;
import uk.school.socialmedia.platform.process.FormRules;
import uk.school.socialmedia.platform.process.RefuseChangesTo;

/**
 * The server's checks when a signature is submitted, whatever the form allowed: what the school
 * prepared for the signature (signer, name, version, text and commitments) is unchanged, only
 * the signer signs, every commitment is accepted, the typed name is the recorded one (ignoring
 * case and spacing), and the version is still the current one.
 */
@Component("validateAupSignature")
class ValidateAupSignature implements TaskListener {

  /** as the signing form shows it, and the register's column holds */
  static final int TYPED_NAME_LENGTH = 255;

  private final AupVersions versions;
  private final IdentityService identity;
  private final RefuseChangesTo refuseChangesTo;

  ValidateAupSignature(AupVersions versions, IdentityService identity,
      RefuseChangesTo refuseChangesTo) {
    this.versions = versions;
    this.identity = identity;
    this.refuseChangesTo = refuseChangesTo;
  }

  @Override
  public void notify(DelegateTask task) {
    refuseChangesTo.fields(task, prepared(task));
    String signer = (String) task.getVariable(AupVariables.SIGNER);
    Authentication current = identity.getCurrentAuthentication();
    String actor = current == null ? null : current.getUserId();
    int number = ((Number) task.getVariable(AupVariables.VERSION_NUMBER)).intValue();
    int count = ((Number) task.getVariable(AupVariables.COMMITMENT_COUNT)).intValue();
    String recordedName = (String) task.getVariable(AupVariables.SIGNER_NAME);

    FormRules rules = FormRules.of(task)
        .require(Objects.equals(signer, actor),
            "Only " + recordedName + " can sign this: a signature cannot be given for someone else.");
    for (int i = 1; i <= count; i++) {
      rules.requireTrue(AupVariables.COMMITMENT_ACCEPTED + i,
          (String) task.getVariable(AupVariables.COMMITMENT_STATEMENT + i));
    }
    rules.limitText(AupVariables.TYPED_FULL_NAME, "your full name", TYPED_NAME_LENGTH);
    rules.require(AupVariables.TYPED_FULL_NAME, String.class,
        typed -> normalised(typed).equals(normalised(recordedName)),
        "Please type your full name exactly as the school records it: " + recordedName + ".");
    versions.current().filter(latest -> latest.getVersionNumber() != number)
        .ifPresent(latest -> rules.require(false, "Version " + number
            + " of the social media AUP has been replaced by version "
            + latest.getVersionNumber() + ": please sign the current version instead."));
    rules.check();
  }

  /** Case and spacing do not matter: "alice  ARCHER " is Alice Archer. */
  static String normalised(String name) {
    return name == null ? "" : name.strip().replaceAll("\\s+", " ").toLowerCase(Locale.UK);
  }

  /** What {@link PrepareAupSignature} set for this signature: the signer may change none of it. */
  private static List<String> prepared(DelegateTask task) {
    List<String> names = new ArrayList<>(List.of(AupVariables.SIGNER, AupVariables.SIGNER_NAME,
        AupVariables.REQUESTED_BY, AupVariables.VERSION_NUMBER, AupVariables.TEXT,
        AupVariables.TEXT_SHA256, AupVariables.COMMITMENT_COUNT));
    if (task.getVariable(AupVariables.COMMITMENT_COUNT) instanceof Number count) {
      for (int i = 1; i <= count.intValue(); i++) {
        names.add(AupVariables.COMMITMENT_STATEMENT + i);
      }
    }
    return names;
  }
}
