package uk.school.socialmedia.post;

import java.util.Comparator;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.camunda.bpm.engine.variable.Variables;
import org.springframework.stereotype.Component;
import uk.school.socialmedia.aup.AupGate;
import uk.school.socialmedia.channel.Channel;
import uk.school.socialmedia.channel.ChannelRegister;
import uk.school.socialmedia.consent.Learner;
import uk.school.socialmedia.consent.LearnerRepository;
import uk.school.socialmedia.platform.process.RejectSelfApproval;
import uk.school.socialmedia.platform.process.RuleViolation;

/**
 * Start of a post: only staff who signed the current AUP, and only while there is an ACTIVE
 * channel to post on. Offers the author the active channels and the learners (school reference
 * and year group, never names) as choices in "Write the draft".
 */
@Component("preparePostDraft")
class PreparePostDraft implements ExecutionListener {

  private final AupGate aupGate;
  private final ChannelRegister channels;
  private final LearnerRepository learners;

  PreparePostDraft(AupGate aupGate, ChannelRegister channels, LearnerRepository learners) {
    this.aupGate = aupGate;
    this.channels = channels;
    this.learners = learners;
  }

  @Override
  public void notify(DelegateExecution execution) {
    String author = (String) execution.getVariable(RejectSelfApproval.INITIATOR);
    aupGate.requireCurrentSignature(author, "submit a post for review");
    List<Channel> active = channels.activeChannels();
    if (active.isEmpty()) {
      throw new RuleViolation("There is no active official channel to post on. A channel must be"
          + " approved and set up (process \"Propose an official channel\") before posting.");
    }
    List<Map<String, String>> channelOptions = active.stream()
        .map(channel -> Map.of("label", channel.getName() + " (" + channel.platformLabel() + ")",
            "value", String.valueOf(channel.getId())))
        .toList();
    List<Map<String, String>> learnerOptions = learners.findAll().stream()
        .sorted(Comparator.comparingInt(Learner::getYearGroup)
            .thenComparing(Learner::getReference))
        .map(learner -> Map.of("label",
            learner.getReference() + " (Year " + learner.getYearGroup() + ")",
            "value", learner.getReference()))
        .toList();
    execution.setVariable(PostVariables.CHANNEL_OPTIONS, json(channelOptions));
    execution.setVariable(PostVariables.LEARNER_OPTIONS, json(learnerOptions));
    execution.setVariable(PostVariables.PUBLISHED, false);
  }

  private static Object json(Object value) {
    return Variables.objectValue(value)
        .serializationDataFormat(Variables.SerializationDataFormats.JSON).create();
  }
}
