package uk.school.socialmedia.channel;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** The review period has passed: the assessment and approval are done again. */
@Component("openAnnualReview")
class OpenAnnualReview implements JavaDelegate {


  private final ChannelNotices notices;

  OpenAnnualReview(ChannelNotices notices) {
    this.notices = notices;
  }

  @Override
  public void execute(DelegateExecution execution) {
    Integer reviews = (Integer) execution.getVariable(ChannelVariables.ANNUAL_REVIEWS);
    execution.setVariable(ChannelVariables.ANNUAL_REVIEWS, reviews == null ? 1 : reviews + 1);
    execution.setVariable(ChannelVariables.ANNUAL_REVIEW_OPEN, true);
    notices.reviewOpened(execution);
  }
}
