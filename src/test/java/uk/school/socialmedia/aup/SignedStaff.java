package uk.school.socialmedia.aup;

import java.util.HashMap;
import java.util.Map;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.springframework.context.ApplicationContext;
import uk.school.socialmedia.identity.ActingAs;

/**
 * Gives members of staff a signature of the current AUP the way they would get one: a signing
 * request, completed by the signer in person. For tests of features behind the AUP gate.
 */
public final class SignedStaff {

  private final AupGate gate;
  private final AupVersions versions;
  private final AupSigningRequests requests;
  private final TaskService tasks;
  private final IdentityService identity;
  private final ActingAs actingAs;

  public SignedStaff(ApplicationContext context) {
    this.gate = context.getBean(AupGate.class);
    this.versions = context.getBean(AupVersions.class);
    this.requests = context.getBean(AupSigningRequests.class);
    this.tasks = context.getBean(TaskService.class);
    this.identity = context.getBean(IdentityService.class);
    this.actingAs = context.getBean(ActingAs.class);
  }

  /** Each user holds a current signature afterwards (already signed ones are left alone). */
  public void ensureSigned(String... userIds) {
    int version = versions.current().orElseThrow().getVersionNumber();
    for (String userId : userIds) {
      if (gate.hasCurrentSignature(userId)) {
        continue;
      }
      requests.request(userId, version, AupVersions.SYSTEM);
      ProcessInstance request = requests.openRequest(userId, version).orElseThrow();
      String taskId = tasks.createTaskQuery().processInstanceId(request.getId()).singleResult()
          .getId();
      int commitments = ((Number) tasks.getVariable(taskId, AupVariables.COMMITMENT_COUNT))
          .intValue();
      Map<String, Object> form = new HashMap<>();
      for (int i = 1; i <= commitments; i++) {
        form.put(AupVariables.COMMITMENT_ACCEPTED + i, true);
      }
      form.put(AupVariables.TYPED_FULL_NAME, PrepareAupSignature.fullName(
          identity.createUserQuery().userId(userId).singleResult()));
      actingAs.as(userId, () -> tasks.complete(taskId, form));
    }
  }
}
