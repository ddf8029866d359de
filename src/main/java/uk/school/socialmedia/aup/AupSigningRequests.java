package uk.school.socialmedia.aup;

import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.impl.identity.Authentication;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
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

  private static final Logger log = LoggerFactory.getLogger(AupSigningRequests.class);

  private final RuntimeService runtime;
  private final IdentityService identity;
  private final AupSignatureRepository signatures;

  AupSigningRequests(RuntimeService runtime, IdentityService identity,
      AupSignatureRepository signatures) {
    this.runtime = runtime;
    this.identity = identity;
    this.signatures = signatures;
  }

  /**
   * Asks one member of staff to sign a version. Nothing happens (empty) when they have already
   * signed it or have a request open for it, or when there is no such user (a source may name
   * someone who has left: that must not stop a version being published).
   */
  public Optional<ProcessInstance> request(String signer, int versionNumber, String requestedBy) {
    return asSystem(() -> {
      if (identity.createUserQuery().userId(signer).count() == 0) {
        log.warn("No AUP signing request for unknown user '{}'", signer);
        return Optional.empty();
      }
      if (signatures.existsByUserIdAndVersionNumber(signer, versionNumber)
          || openRequest(signer, versionNumber).isPresent()) {
        return Optional.empty();
      }
      return Optional.of(runtime.startProcessInstanceByKey(PROCESS_KEY,
          businessKey(signer, versionNumber),
          Map.of(AupVariables.SIGNER, signer,
              AupVariables.VERSION_NUMBER, versionNumber,
              AupVariables.REQUESTED_BY, requestedBy)));
    });
  }

  /**
   * Closes every open request to sign a version older than {@code currentNumber}.
   *
   * @return the signers whose request was closed
   */
  Set<String> closeRequestsOlderThan(int currentNumber) {
    return asSystem(() -> runtime.createProcessInstanceQuery()
        .processDefinitionKey(PROCESS_KEY)
        .variableValueLessThan(AupVariables.VERSION_NUMBER, currentNumber)
        .list().stream()
        .map(instance -> {
          String signer = (String) runtime.getVariable(instance.getId(), AupVariables.SIGNER);
          runtime.createMessageCorrelation(MESSAGE_SUPERSEDED)
              .processInstanceId(instance.getId())
              .correlateAll();
          return signer;
        })
        .collect(Collectors.toSet()));
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
