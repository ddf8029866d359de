package uk.school.socialmedia.aup;

import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.springframework.context.ApplicationContext;
import uk.school.socialmedia.testsupport.Actors;

/** An AUP signing request for the authorization matrix (identity.AuthorizationMatrixTest). */
public final class AupForTheMatrix {

  private AupForTheMatrix() {}

  /** A new member of staff asks to sign the current AUP; the request waits for their signature. */
  public static ProcessInstance awaitingSignature(ApplicationContext context) {
    IdentityService identity = context.getBean(IdentityService.class);
    String signer = new AupTestStaff(identity).newStaff("Sam");
    return new Actors(identity).as(signer, () -> context.getBean(RuntimeService.class)
        .startProcessInstanceByKey(AupSigningRequests.PROCESS_KEY));
  }
}
