package uk.school.socialmedia.aup;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.identity.User;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import uk.school.socialmedia.identity.ActingAs;
import uk.school.socialmedia.identity.DemoData;

/**
 * Demo mode: carol is alice's and bob's line manager; alice and brian have signed the current
 * version (through the process, as themselves, so history shows it); bob has a task waiting.
 * Runs before the channel demo, whose account managers must have signed.
 */
@Component
@Order(5)
class AupDemoData implements DemoData {

  private final AupVersions versions;
  private final AupSigningRequests requests;
  private final AupSignatureRepository signatures;
  private final StaffDirectory directory;
  private final IdentityService identity;
  private final TaskService tasks;
  private final ActingAs actingAs;

  AupDemoData(AupVersions versions, AupSigningRequests requests,
      AupSignatureRepository signatures, StaffDirectory directory, IdentityService identity,
      TaskService tasks, ActingAs actingAs) {
    this.versions = versions;
    this.requests = requests;
    this.signatures = signatures;
    this.directory = directory;
    this.identity = identity;
    this.tasks = tasks;
    this.actingAs = actingAs;
  }

  @Override
  public void seed() {
    AupVersion current = versions.ensureFirstVersion();
    for (String managed : List.of("alice", "bob")) {
      if (directory.lineManagerOf(managed).isEmpty()) {
        directory.assign(managed, "carol", AupVersions.SYSTEM);
      }
    }
    for (String signer : List.of("alice", "brian")) {
      if (!signatures.existsByUserIdAndVersionNumber(signer, current.getVersionNumber())) {
        requests.request(signer, current.getVersionNumber(), AupVersions.SYSTEM);
        requests.openRequest(signer, current.getVersionNumber()).ifPresent(this::signAsSigner);
      }
    }
    if (!signatures.existsByUserIdAndVersionNumber("bob", current.getVersionNumber())) {
      requests.request("bob", current.getVersionNumber(), AupVersions.SYSTEM);
    }
  }

  private void signAsSigner(ProcessInstance request) {
    String taskId = tasks.createTaskQuery().processInstanceId(request.getId()).singleResult().getId();
    String signer = (String) tasks.getVariable(taskId, AupVariables.SIGNER);
    int count = ((Number) tasks.getVariable(taskId, AupVariables.COMMITMENT_COUNT)).intValue();
    Map<String, Object> form = new HashMap<>();
    for (int i = 1; i <= count; i++) {
      form.put(AupVariables.COMMITMENT_ACCEPTED + i, true);
    }
    User user = identity.createUserQuery().userId(signer).singleResult();
    form.put(AupVariables.TYPED_FULL_NAME, PrepareAupSignature.fullName(user));
    actingAs.as(signer, () -> tasks.complete(taskId, form));
  }
}
