package uk.school.socialmedia.post;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;
import uk.school.socialmedia.consent.ConsentGap;
import uk.school.socialmedia.consent.ConsentPurpose;
import uk.school.socialmedia.consent.ConsentVerification;

/**
 * Every learner the post shows needs current consent for official social media (and, where
 * learners take part, for taking part), now: checked when the draft is submitted and again at
 * the scheduled time, just before an account manager is asked to publish. Any gap sends the
 * post back to its author with the reasons, so no reviewer or publisher sees it.
 */
@Component("checkPostConsent")
class CheckPostConsent implements JavaDelegate {

  private final PostRegister register;
  private final ConsentVerification verification;

  CheckPostConsent(PostRegister register, ConsentVerification verification) {
    this.register = register;
    this.verification = verification;
  }

  @Override
  public void execute(DelegateExecution execution) {
    Post post = register.require(execution.getProcessInstanceId());
    Set<String> learners = post.getLearners();
    Map<String, ConsentGap> gaps = new LinkedHashMap<>(
        verification.verify(ConsentPurpose.SOCIAL_MEDIA_IMAGE, learners).gaps());
    if (post.isLearnersTakePart()) {
      verification.verify(ConsentPurpose.SOCIAL_MEDIA_ACTIVITY, learners).gaps()
          .forEach(gaps::putIfAbsent);
    }
    boolean inPlace = gaps.isEmpty();
    execution.setVariable(PostVariables.CONSENT_IN_PLACE, inPlace);
    if (!inPlace) {
      execution.setVariable(PostVariables.SEND_BACK_REASON, "No current consent for: "
          + gaps.entrySet().stream().map(gap -> gap.getKey() + " (" + words(gap.getValue()) + ")")
              .collect(Collectors.joining(", "))
          + ". Remove these learners from the post or choose other images.");
      register.sendBack(execution.getProcessInstanceId());
    }
  }

  private static String words(ConsentGap gap) {
    return switch (gap) {
      case NO_CONSENT -> "no consent given";
      case EXPIRED -> "consent has expired";
      case WITHDRAWN -> "consent was withdrawn";
      case PURPOSE_NOT_COVERED -> "consent does not cover social media";
      case UNKNOWN_LEARNER -> "not a learner on the register";
    };
  }
}
