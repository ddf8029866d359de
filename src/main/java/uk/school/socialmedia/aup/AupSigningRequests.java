package uk.school.socialmedia.aup;

import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.impl.identity.Authentication;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.springframework.stereotype.Component;

/**
 * Starts and closes {@value #PROCESS_KEY} instances on the school's behalf. These are the system's
 * own steps (whoever published the version is recorded as {@code requestedBy}), so they run
 * without the caller's engine authentication: the request is then not "self-started", and closing
 * a colleague's request needs no grant on it.
 */
@Component
public class AupSigningRequests {

  public static final String PROCESS_KEY = "aup-signing";
  static final String MESSAGE_SUPERSEDED = "AupVersionSuperseded";

  private final RuntimeService runtime;
  private final IdentityService identity;

  AupSigningRequests(RuntimeService runtime, IdentityService identity) {
    this.runtime = runtime;
    this.identity = identity;
  }

  /** Asks one member of staff to sign a version, unless they already have a request open for it. */
  public Optional<ProcessInstance> request(String signer, int versionNumber, String requestedBy) {
    return asSystem(() -> {
      if (openRequest(signer, versionNumber).isPresent()) {
        return Optional.empty();
      }
      return Optional.of(runtime.startProcessInstanceByKey(PROCESS_KEY,
          businessKey(signer, versionNumber),
          Map.of(AupVariables.SIGNER, signer,
              AupVariables.VERSION_NUMBER, versionNumber,
              AupVariables.REQUESTED_BY, requestedBy)));
    });
  }

  /** Closes every open request to sign a version older than {@code currentNumber}. */
  void closeRequestsOlderThan(int currentNumber) {
    asSystem(() -> {
      runtime.createProcessInstanceQuery()
          .processDefinitionKey(PROCESS_KEY)
          .variableValueLessThan(AupVariables.VERSION_NUMBER, currentNumber)
          .list()
          .forEach(instance -> runtime.createMessageCorrelation(MESSAGE_SUPERSEDED)
              .processInstanceId(instance.getId())
              .correlateAll());
      return null;
    });
  }

  /** The open request of one member of staff for one version, if any. */
  public Optional<ProcessInstance> openRequest(String signer, int versionNumber) {
    return runtime.createProcessInstanceQuery()
        .processDefinitionKey(PROCESS_KEY)
        .variableValueEquals(AupVariables.SIGNER, signer)
        .variableValueEquals(AupVariables.VERSION_NUMBER, versionNumber)
        .list().stream().findFirst();
  }

  static String businessKey(String signer, int versionNumber) {
    return "aup-v" + versionNumber + "-" + signer;
  }

  private <T> T asSystem(Supplier<T> step) {
    Authentication caller = identity.getCurrentAuthentication();
    identity.clearAuthentication();
    try {
      return step.get();
    } finally {
      if (caller != null) {
        identity.setAuthentication(caller);
      }
    }
  }
}
