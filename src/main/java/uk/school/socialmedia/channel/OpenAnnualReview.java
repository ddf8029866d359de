package uk.school.socialmedia.channel;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** The review period has passed: the assessment and approval are done again. */
@Component("openAnnualReview")
class OpenAnnualReview implements JavaDelegate {

  static final String REVIEW_OPEN = "annualReviewOpen";
  static final String REVIEWS = "annualReviews";

  private final ChannelNotices notices;

  OpenAnnualReview(ChannelNotices notices) {
    this.notices = notices;
  }

  @Override
  public void execute(DelegateExecution execution) {
    Integer reviews = (Integer) execution.getVariable(REVIEWS);
    execution.setVariable(REVIEWS, reviews == null ? 1 : reviews + 1);
    execution.setVariable(REVIEW_OPEN, true);
    notices.reviewOpened(execution);
  }
}
