package uk.school.socialmedia.audit.export;

import java.lang.management.ManagementFactory;
import java.lang.management.MemoryMXBean;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.User;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import uk.school.socialmedia.aup.AupSigningRequests;
import uk.school.socialmedia.aup.AupVersions;
import uk.school.socialmedia.identity.DemoUsers;
import uk.school.socialmedia.testsupport.SchoolBenchmark;

/**
 * Exports a growing history (AUP signing requests: an instance, a task, variable updates and
 * identity links each) and prints records per second and the heap the export used against the
 * number of records: the heap should stay flat as the history grows (issue 9, point 7). Asserts
 * no timing. Run with {@code ./mvnw -Pbench verify} (H2, then PostgreSQL).
 */
@SchoolBenchmark
class AuditExportBenchmark {

  private static final List<Integer> REQUESTS_ADDED = List.of(500, 500, 1000);

  @Autowired TestRestTemplate http;
  @Autowired IdentityService identity;
  @Autowired DemoUsers users;
  @Autowired AupVersions versions;
  @Autowired AupSigningRequests requests;

  @Test
  void exportsOfAGrowingHistoryStreamInFlatMemory() throws InterruptedException {
    users.apply();
    AuditExportClient exports = new AuditExportClient(http);
    int version = versions.ensureFirstVersion().getVersionNumber();
    int seeded = 0;
    System.out.printf("%nAudit export benchmark (%s)%n%10s %10s %10s %12s %14s%n",
        System.getProperty("test.database"), "requests", "records", "seconds", "records/s",
        "peak heap MB");
    for (int added : REQUESTS_ADDED) {
      for (int i = 0; i < added; i++, seeded++) {
        String signer = "bench-signer-" + seeded;
        User user = identity.newUser(signer);
        user.setFirstName("Bench");
        user.setLastName("Signer " + seeded);
        identity.saveUser(user);
        requests.request(signer, version, "helen");
      }
      System.gc();
      MemoryMXBean memory = ManagementFactory.getMemoryMXBean();
      long baseline = memory.getHeapMemoryUsage().getUsed();
      AtomicLong peak = new AtomicLong(baseline);
      Thread sampler = new Thread(() -> {
        while (!Thread.currentThread().isInterrupted()) {
          peak.accumulateAndGet(memory.getHeapMemoryUsage().getUsed(), Math::max);
          try {
            Thread.sleep(10);
          } catch (InterruptedException e) {
            return;
          }
        }
      });
      sampler.start();
      long started = System.nanoTime();
      String id = exports.read(exports.ask("grace", LocalDate.now(), LocalDate.now(),
          "aup-signing").getBody()).get("id").asText();
      exports.awaitCompleted("grace", id);
      double seconds = (System.nanoTime() - started) / 1e9;
      sampler.interrupt();
      sampler.join();
      long records = new String(exports.download("grace", id, "jsonl").getBody(),
          StandardCharsets.UTF_8).lines().count();
      System.out.printf("%10d %10d %10.1f %12.0f %14.1f%n", seeded, records, seconds,
          records / seconds, (peak.get() - baseline) / 1048576.0);
    }
  }
}
