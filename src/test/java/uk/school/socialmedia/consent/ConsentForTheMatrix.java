package uk.school.socialmedia.consent;

import java.time.LocalDate;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.springframework.context.ApplicationContext;
import uk.school.socialmedia.platform.EngineClock;
import uk.school.socialmedia.testsupport.Actors;

/** Consent records for the authorization matrix (identity.AuthorizationMatrixTest). */
public final class ConsentForTheMatrix {

  private ConsentForTheMatrix() {}

  /** The office asks the parents of a new learner for consent; it waits for their answer. */
  public static ProcessInstance requestAwaitingAnswer(ApplicationContext context) {
    String learner = context.getBean(TestLearners.class).enrol();
    return asOffice(context, "parental-consent", Map.of("learnerReference", learner));
  }

  /**
   * A parent withdraws consent for a learner whose photo is published on a channel of the
   * account manager; the withdrawal waits for the photo to be taken down.
   */
  public static ProcessInstance withdrawalAwaitingTakedown(ApplicationContext context,
      String accountManager) {
    String learner = context.getBean(TestLearners.class).enrol();
    LocalDate today = LocalDate.now(EngineClock.SCHOOL_ZONE);
    context.getBean(ConsentRegister.class).recordConsent(learner,
        EnumSet.allOf(ConsentPurpose.class), "Sam Parent", Relationship.PARENT,
        today.minusDays(30), "olivia", null);
    context.getBean(PostReviewStandIn.class).publish(learner, new PublishedImage("matrix-post",
        "Lodge Farm on Facebook", "https://facebook.example/lodgefarm/matrix",
        List.of(accountManager)));
    Map<String, Object> form = new HashMap<>();
    form.put("learnerReference", learner);
    for (ConsentPurpose purpose : ConsentPurpose.values()) {
      form.put(purpose.formField("withdraw"), purpose == ConsentPurpose.SOCIAL_MEDIA_IMAGE);
    }
    form.put("parentName", "Sam Parent");
    form.put("parentRelationship", "PARENT");
    form.put("dateOnForm", today.toString());
    form.put("withdrawalNote", "");
    return asOffice(context, "consent-withdrawal", form);
  }

  private static ProcessInstance asOffice(ApplicationContext context, String key,
      Map<String, Object> variables) {
    return new Actors(context.getBean(IdentityService.class)).as("olivia",
        () -> context.getBean(RuntimeService.class).startProcessInstanceByKey(key, variables));
  }
}
