package uk.school.socialmedia.audit.export;

import org.springframework.beans.factory.DisposableBean;
import org.springframework.scheduling.concurrent.ThreadPoolTaskExecutor;
import org.springframework.stereotype.Component;

/**
 * The bounded queue exports run in: {@code school.audit.export.concurrent} at once, up to
 * {@code queued} waiting, then refused. Kept inside this package (not an application-wide
 * executor bean) so no other feature's executor changes.
 */
@Component
class ExportQueue implements DisposableBean {

  private final ThreadPoolTaskExecutor executor = new ThreadPoolTaskExecutor();

  ExportQueue(ExportProperties properties) {
    executor.setCorePoolSize(properties.export().concurrent());
    executor.setMaxPoolSize(properties.export().concurrent());
    executor.setQueueCapacity(properties.export().queued());
    executor.setThreadNamePrefix("audit-export-");
    // a running export finishes before the application stops, so its record does not stay RUNNING
    executor.setWaitForTasksToCompleteOnShutdown(true);
    executor.setAwaitTerminationSeconds(120);
    executor.initialize();
  }

  /** @throws org.springframework.core.task.TaskRejectedException when the queue is full */
  void submit(Runnable export) {
    executor.execute(export);
  }

  @Override
  public void destroy() {
    executor.shutdown();
  }
}
