package uk.school.socialmedia.post;

import java.util.List;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.camunda.bpm.engine.identity.User;
import org.springframework.stereotype.Component;
import uk.school.socialmedia.identity.SchoolGroup;
import uk.school.socialmedia.platform.process.Initiators;

/**
 * The review is offered to every member of staff except the author, user by user rather than to
 * the staff group, so that the author's "My groups' tasks" never lists their own post.
 */
@Component("offerReviewToColleagues")
class OfferReviewToColleagues implements TaskListener {

  private final IdentityService identity;
  private final Initiators initiators;

  OfferReviewToColleagues(IdentityService identity, Initiators initiators) {
    this.identity = identity;
    this.initiators = initiators;
  }

  @Override
  public void notify(DelegateTask task) {
    String author = initiators.of(task.getExecution());
    List<String> colleagues = identity.createUserQuery().memberOfGroup(SchoolGroup.STAFF.id())
        .list().stream().map(User::getId).filter(id -> !id.equals(author)).toList();
    task.addCandidateUsers(colleagues);
  }
}
