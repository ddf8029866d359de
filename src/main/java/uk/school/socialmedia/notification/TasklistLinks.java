package uk.school.socialmedia.notification;

import org.springframework.stereotype.Component;
import uk.school.socialmedia.platform.SchoolProperties;

/** Links people follow from a notice; each opens behind the usual sign-in. */
@Component
public class TasklistLinks {

  private final SchoolProperties school;

  TasklistLinks(SchoolProperties school) {
    this.school = school;
  }

  public String task(String taskId) {
    return school.baseUrl() + "/camunda/app/tasklist/default/#/?task=" + taskId;
  }

  public String tasklist() {
    return school.baseUrl() + "/camunda/app/tasklist/default/";
  }
}
