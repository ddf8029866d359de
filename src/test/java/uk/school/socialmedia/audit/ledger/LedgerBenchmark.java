package uk.school.socialmedia.audit.ledger;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import uk.school.socialmedia.audit.AuditChain;
import uk.school.socialmedia.audit.VerificationReport;
import uk.school.socialmedia.testsupport.SchoolBenchmark;

/**
 * What the audit ledger costs: process throughput with journaling and the entries it writes per
 * instance, sealing throughput, and verification time per 10,000 records. Prints figures; asserts
 * no timing. Run with {@code ./mvnw -Pbench verify} (H2, then PostgreSQL). Shares the benchmarks'
 * context (one engine per JVM), so verification covers the other benchmarks' records too.
 */
@SchoolBenchmark
class LedgerBenchmark {

  private static final int INSTANCES = 500;

  @Autowired RepositoryService repository;
  @Autowired RuntimeService runtime;
  @Autowired TaskService tasks;
  @Autowired IdentityService identity;
  @Autowired AuditChain chain;
  @Autowired JdbcTemplate jdbc;

  @Test
  void journalingSealingAndVerification() {
    repository.createDeployment()
        .addModelInstance("ledger-bench.bpmn", Bpmn.createExecutableProcess("ledger-bench")
            .camundaHistoryTimeToLive(1)
            .startEvent().userTask("first").camundaAssignee("alice")
            .userTask("second").camundaAssignee("bob").endEvent().done())
        .deploy();
    chain.seal();
    long entriesBefore = entries();

    long start = System.nanoTime();
    for (int i = 0; i < INSTANCES; i++) {
      ProcessInstance instance = runtime.startProcessInstanceByKey("ledger-bench",
          java.util.Map.of("reference", "bench-" + i));
      tasks.complete(tasks.createTaskQuery().processInstanceId(instance.getId()).singleResult()
          .getId());
      tasks.complete(tasks.createTaskQuery().processInstanceId(instance.getId()).singleResult()
          .getId());
    }
    double processSeconds = (System.nanoTime() - start) / 1e9;
    long journaled = entries() - entriesBefore;

    long unsealed = jdbc.queryForObject("select count(*) from audit_record where sequence is null",
        Long.class);
    start = System.nanoTime();
    chain.seal();
    double sealSeconds = (System.nanoTime() - start) / 1e9;

    start = System.nanoTime();
    VerificationReport report = chain.verify();
    double verifySeconds = (System.nanoTime() - start) / 1e9;

    String database = System.getProperty("test.database", "h2");
    System.out.printf(Locale.ROOT, "%n[bench] ledger database=%s instances=%d%n", database,
        INSTANCES);
    System.out.printf(Locale.ROOT, "[bench] two-task process with journaling: %8.1f instances/s,"
        + " %.1f journal entries per instance, %.3f ms per instance%n", INSTANCES / processSeconds,
        (double) journaled / INSTANCES, processSeconds * 1000 / INSTANCES);
    System.out.printf(Locale.ROOT, "[bench] sealing: %d entries in %.2f s = %8.0f entries/s%n",
        unsealed, sealSeconds, unsealed / sealSeconds);
    System.out.printf(Locale.ROOT, "[bench] verify: %d records, %d chain entries in %.2f s = "
        + "%.2f s per 10,000 records%n%n", report.recordsChecked(), report.head().sequence(),
        verifySeconds, verifySeconds * 10_000 / report.recordsChecked());
    assertThat(report.recordsChecked()).isPositive();
  }

  private long entries() {
    return jdbc.queryForObject("select count(*) from audit_record", Long.class);
  }
}
