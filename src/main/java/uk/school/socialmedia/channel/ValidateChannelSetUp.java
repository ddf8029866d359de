package uk.school.socialmedia.channel;

import java.util.List;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;
import uk.school.socialmedia.aup.AupGate;
import uk.school.socialmedia.platform.process.FormRules;

/**
 * Policy 1.4 set-up steps, each recorded before the channel may become ACTIVE: registered with
 * the school's e-mail by account managers who have all signed the social media AUP, access details lodged with leadership (never the password itself), linked
 * from the website, and parents and carers informed.
 */
@Component("validateChannelSetUp")
class ValidateChannelSetUp implements TaskListener {

  private final AupGate aup;

  ValidateChannelSetUp(AupGate aup) {
    this.aup = aup;
  }

  @Override
  public void notify(DelegateTask task) {
    FormRules rules = FormRules.of(task);
    switch (task.getTaskDefinitionKey()) {
      case "Task_RegisterAccount" -> rules
          .require(unsignedManagers(task).isEmpty(), "Every account manager must sign the"
              + " current social media AUP before the account is in use (policy 1.4); still to"
              + " sign: " + String.join(", ", unsignedManagers(task)) + ". They sign in Tasklist:"
              + " Start process > Sign the social media AUP.")
          .requireText("accountUrl", "the address of the channel's page")
          .limitText("accountUrl", "the address of the channel's page",
              ChannelProposal.DETAIL_LENGTH)
          .require("accountUrl", String.class, ValidateChannelSetUp::isHttps,
              "The channel's address must start with https://.")
          .requireTrue("registeredWithSchoolEmail",
              "the account is registered with the school e-mail address of the proposal.");
      case "Task_LodgeAccessDetails" -> rules
          .requireText("accessDetailsHolder", "who in leadership holds the access details")
          .limitText("accessDetailsHolder", "who holds the access details",
              ChannelProposal.HOLDER_LENGTH)
          .requireText("accessDetailsLocation", "where the access details are kept")
          .limitText("accessDetailsLocation", "where the access details are kept",
              ChannelProposal.DETAIL_LENGTH)
          .requireTrue("noPasswordRecorded",
              "no password has been typed into this system.");
      case "Task_LinkFromWebsite" -> rules
          .requireText("websiteLinkUrl", "the website page that links to the channel")
          .limitText("websiteLinkUrl", "the website page's address",
              ChannelProposal.DETAIL_LENGTH)
          .require("websiteLinkUrl", String.class, ValidateChannelSetUp::isHttps,
              "The website page's address must start with https://.");
      case "Task_InformParents" -> rules
          .requireOneOf("parentsInformedHow",
              List.of("NEWSLETTER", "LETTER", "EMAIL", "WEBSITE", "MEETING"),
              "how parents and carers were informed")
          .requireText("parentsInformedOn", "the date they were informed")
          .requireText("parentsInformedSummary",
              "what they were told, including the expectations for safe use")
          .limitText("parentsInformedSummary", "what they were told",
              ChannelProposal.NARRATIVE_LENGTH);
      default -> throw new IllegalStateException(
          "validateChannelSetUp is not meant for task " + task.getTaskDefinitionKey());
    }
    rules.check();
  }

  private List<String> unsignedManagers(DelegateTask task) {
    return ChannelProposal.userIds((String) task.getVariable(ChannelProposal.ACCOUNT_MANAGERS))
        .stream().filter(manager -> !aup.hasCurrentSignature(manager)).toList();
  }

  private static boolean isHttps(String url) {
    return url.trim().toLowerCase().startsWith("https://") && url.trim().length() > 8;
  }
}
