package uk.school.socialmedia.identity;

import java.util.Date;
import java.util.List;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.impl.identity.Authentication;
import org.camunda.bpm.engine.runtime.Job;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import uk.school.socialmedia.platform.security.Roles;

/**
 * The failed jobs of every process, for the technical administrator, who may retry them
 * ({@code PUT /engine-rest/job/{id}/retries}) but read no instance: Camunda shows a job only to
 * those who may read its instance. Lists where a job failed, never what its instance holds (not
 * even the error message, which may quote it).
 */
@RestController
@RequestMapping("/api/admin/failed-jobs")
@PreAuthorize(Roles.IS_IT_ADMIN)
class FailedJobsController {

  record FailedJob(String jobId, String jobDefinitionId, String processDefinitionKey,
      String activityId, int retries, Date due) {}

  private final ManagementService management;
  private final IdentityService identity;

  FailedJobsController(ManagementService management, IdentityService identity) {
    this.management = management;
    this.identity = identity;
  }

  @GetMapping
  List<FailedJob> failed() {
    Authentication administrator = identity.getCurrentAuthentication();
    identity.clearAuthentication();
    try {
      return management.createJobQuery().noRetriesLeft().orderByJobId().asc().listPage(0, 500)
          .stream().map(FailedJobsController::of).toList();
    } finally {
      identity.setAuthentication(administrator);
    }
  }

  private static FailedJob of(Job job) {
    return new FailedJob(job.getId(), job.getJobDefinitionId(), job.getProcessDefinitionKey(),
        job.getFailedActivityId(), job.getRetries(), job.getDuedate());
  }
}
