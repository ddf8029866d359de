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
        .require(NAME, String.class, name -> name.length() <= 200,
            "The channel's name must be at most 200 characters.")
        .requireOneOf(PLATFORM, Platform.names(), "the platform")
        .requireOneOf(PURPOSE, ChannelPurpose.names(), "the purpose")
        .requireText(OBJECTIVES, "the channel's educational or community engagement objectives")
        .requireText(INTENDED_OUTCOMES, "the specific outcomes you intend")
        .requireText(AUDIENCE, "the audience")
        .requireBoolean(LEARNERS_TAKE_PART, "whether learners take part")
        .requireText(REGISTRATION_EMAIL, "the school e-mail address used to register it")
        .require(REGISTRATION_EMAIL, String.class, school::isSchoolAddress,
            "The channel must be registered with a school e-mail address (@"
                + school.emailDomain() + "), never a personal one.")
        .requireText(ACCOUNT_MANAGERS, "the staff who will manage the account (user ids)")
        .requireText(MODERATION_PLAN, "how the channel will be moderated")
        .requireText(INCLUSION_PLAN,
            "how people who cannot or do not use social media will get the same information");
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
