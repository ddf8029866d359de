package uk.school.socialmedia.post;

import static uk.school.socialmedia.post.PostVariables.*;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Date;
import java.util.Optional;
import java.util.Set;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;
import uk.school.socialmedia.aup.AupGate;
import uk.school.socialmedia.channel.Channel;
import uk.school.socialmedia.channel.ChannelRegister;
import uk.school.socialmedia.platform.process.FormRules;
import uk.school.socialmedia.platform.process.Initiators;

/**
 * "Write the draft", checked on the server: an ACTIVE channel (checked again, it may have been
 * suspended since the start), the text, who is shown, a scheduled time in the future, and the
 * comment replied to. A valid draft goes into the register and on to the consent check.
 */
@Component("validatePostDraft")
class ValidatePostDraft implements TaskListener {

  /** A post's text, its image description and the comment replied to, as the form says. */
  static final int LONGEST_TEXT = FormRules.LONGEST_TEXT;

  private final ChannelRegister channels;
  private final AupGate aupGate;
  private final PostRegister register;
  private final Initiators initiators;
  private final Clock clock;

  ValidatePostDraft(ChannelRegister channels, AupGate aupGate, PostRegister register,
      Initiators initiators, Clock clock) {
    this.channels = channels;
    this.aupGate = aupGate;
    this.register = register;
    this.initiators = initiators;
    this.clock = clock;
  }

  @Override
  public void notify(DelegateTask task) {
    String author = initiators.of(task.getExecution());
    aupGate.requireCurrentSignature(author, "submit a post for review");
    Optional<Channel> channel = channel(FormRules.text(task, CHANNEL_ID));
    Set<String> learners = PostContent.references(task.getVariableTyped(LEARNERS_SHOWN, false));
    Instant scheduledFor = scheduledFor(task.getVariable(SCHEDULED_FOR));
    FormRules rules = FormRules.of(task)
        .require(channel.isPresent(), "Please choose one of the school's active channels"
            + " (a suspended or retired channel cannot be used).")
        .requireText(POST_TEXT, "the text of the post")
        .limitText(POST_TEXT, "the text of the post", LONGEST_TEXT)
        .limitText(IMAGE_DESCRIPTION, "the description of the images", LONGEST_TEXT)
        .limitText(REPLY_TO_COMMENT, "the comment you are replying to", LONGEST_TEXT)
        .require(learners.size() <= 60, "A post may show at most 60 learners.")
        .requireBoolean(LEARNERS_TAKE_PART, "whether learners take part")
        .require(scheduledFor != null && scheduledFor.isAfter(clock.instant()),
            "Please give the date and time to publish, in the future.")
        .requireBoolean(IS_REPLY, "whether this is a reply to a comment");
    if (!learners.isEmpty()) {
      rules.requireText(IMAGE_DESCRIPTION,
          "a description of each image and which of the chosen learners it shows");
    }
    if (Boolean.TRUE.equals(task.getVariable(IS_REPLY))) {
      rules.requireText(REPLY_TO_COMMENT, "the comment you are replying to");
    }
    rules.check();

    task.setVariable(CHANNEL_NAME, channel.get().getName());
    task.setVariable(LEARNERS_SHOWN, PostContent.json(new ArrayList<>(learners)));
    task.setVariable(PUBLISH_AT, Date.from(scheduledFor));
    task.setVariable(SEND_BACK_REASON, null);
    task.setVariable(PUBLISHED, false);
    register.recordDraft(task.getProcessInstanceId(), author, channel.get().getId(),
        channel.get().getName(), FormRules.text(task, POST_TEXT), learners,
        (Boolean) task.getVariable(LEARNERS_TAKE_PART), scheduledFor);
  }

  private Optional<Channel> channel(String id) {
    try {
      return id == null ? Optional.empty() : channels.find(Long.parseLong(id))
          .filter(c -> channels.isActive(c.getId()));
    } catch (NumberFormatException e) {
      return Optional.empty();
    }
  }

  /** form-js sends a date-time with or without an offset; without one it is school time. */
  private Instant scheduledFor(Object value) {
    if (value instanceof Date date) {
      return date.toInstant();
    }
    if (!(value instanceof String text) || text.isBlank()) {
      return null;
    }
    try {
      return OffsetDateTime.parse(text.trim()).toInstant();
    } catch (DateTimeParseException withoutOffset) {
      try {
        return LocalDateTime.parse(text.trim()).atZone(clock.getZone()).toInstant();
      } catch (DateTimeParseException e) {
        return null;
      }
    }
  }
}
