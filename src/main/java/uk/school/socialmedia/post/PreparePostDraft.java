package uk.school.socialmedia.post;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.ExecutionListener;
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
    ArrayList<Map<String, String>> channelOptions = active.stream()
        .map(channel -> option(channel.getName() + " (" + channel.platformLabel() + ")",
            String.valueOf(channel.getId())))
        .collect(Collectors.toCollection(ArrayList::new));
    ArrayList<Map<String, String>> learnerOptions = learners.findAll().stream()
        .sorted(Comparator.comparingInt(Learner::getYearGroup)
            .thenComparing(Learner::getReference))
        .map(learner -> option(learner.getReference() + " (Year " + learner.getYearGroup() + ")",
            learner.getReference()))
        .collect(Collectors.toCollection(ArrayList::new));
    execution.setVariable(PostVariables.CHANNEL_OPTIONS, PostContent.json(channelOptions));
    execution.setVariable(PostVariables.LEARNER_OPTIONS, PostContent.json(learnerOptions));
    execution.setVariable(PostVariables.PUBLISHED, false);
  }

  /** A form-js option; plain Java types, so the variable can be read back (Cockpit, history). */
  private static Map<String, String> option(String label, String value) {
    Map<String, String> option = new LinkedHashMap<>();
    option.put("label", label);
    option.put("value", value);
    return option;
  }
}
