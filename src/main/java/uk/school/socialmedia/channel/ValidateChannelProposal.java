package uk.school.socialmedia.channel;

import static uk.school.socialmedia.channel.ChannelProposal.*;

import java.util.Set;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.camunda.bpm.engine.delegate.VariableScope;
import org.springframework.stereotype.Component;
import uk.school.socialmedia.identity.SchoolGroup;
import uk.school.socialmedia.platform.SchoolProperties;
import uk.school.socialmedia.platform.process.FormRules;

/**
 * Policy 1.4 for a proposal (start form, and again after "Revise the proposal"): clear
 * objectives and specific intended outcomes, the school's own e-mail address, named staff to
 * manage the account, a moderation plan, and how people who don't use social media are reached.
 */
@Component("validateChannelProposal")
class ValidateChannelProposal implements ExecutionListener, TaskListener {

  private final IdentityService identity;
  private final SchoolProperties school;

  ValidateChannelProposal(IdentityService identity, SchoolProperties school) {
    this.identity = identity;
    this.school = school;
  }

  @Override
  public void notify(DelegateExecution execution) {
    check(execution);
  }

  @Override
  public void notify(DelegateTask task) {
    check(task);
  }

  private void check(VariableScope variables) {
    FormRules rules = FormRules.of(variables)
        .requireText(NAME, "the channel's name")
        .limitText(NAME, "the channel's name", NAME_LENGTH)
        .requireOneOf(PLATFORM, Platform.names(), "the platform")
        .requireOneOf(PURPOSE, ChannelPurpose.names(), "the purpose")
        .requireText(OBJECTIVES, "the channel's educational or community engagement objectives")
        .limitText(OBJECTIVES, "the objectives", NARRATIVE_LENGTH)
        .requireText(INTENDED_OUTCOMES, "the specific outcomes you intend")
        .limitText(INTENDED_OUTCOMES, "the intended outcomes", NARRATIVE_LENGTH)
        .requireText(AUDIENCE, "the audience")
        .limitText(AUDIENCE, "the audience", DETAIL_LENGTH)
        .requireBoolean(LEARNERS_TAKE_PART, "whether learners take part")
        .requireText(REGISTRATION_EMAIL, "the school e-mail address used to register it")
        .limitText(REGISTRATION_EMAIL, "the e-mail address", EMAIL_LENGTH)
        .require(REGISTRATION_EMAIL, String.class, school::isSchoolAddress,
            "The channel must be registered with a school e-mail address (@"
                + school.emailDomain() + "), never a personal one.")
        .requireText(ACCOUNT_MANAGERS, "the staff who will manage the account (user ids)")
        .limitText(ACCOUNT_MANAGERS, "the list of account managers", DETAIL_LENGTH)
        .requireText(MODERATION_PLAN, "how the channel will be moderated")
        .limitText(MODERATION_PLAN, "the moderation plan", NARRATIVE_LENGTH)
        .requireText(INCLUSION_PLAN,
            "how people who cannot or do not use social media will get the same information")
        .limitText(INCLUSION_PLAN, "the inclusion plan", NARRATIVE_LENGTH)
        .limitText(PLATFORM_OTHER, "the name of the other platform", PLATFORM_OTHER_LENGTH);
    if (Platform.OTHER.name().equals(variables.getVariable(PLATFORM))) {
      rules.requireText(PLATFORM_OTHER, "the name of the platform");
    }
    Set<String> managers = userIds(FormRules.text(variables, ACCOUNT_MANAGERS));
    for (String manager : managers) {
      rules.require(isStaff(manager),
          "'" + manager + "' is not the user id of a member of staff.");
    }
    rules.check();
  }

  private boolean isStaff(String userId) {
    return identity.createUserQuery().userId(userId)
        .memberOfGroup(SchoolGroup.STAFF.id()).count() == 1;
  }
}
