package uk.school.socialmedia.audit.ledger;

import java.io.PrintStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.springframework.boot.Banner;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import uk.school.socialmedia.audit.ChainHead;
import uk.school.socialmedia.audit.VerificationReport;

/**
 * {@code java -jar <jar> verify [--extends=<sequence>:<hash>] [--spring.datasource.url=...]}:
 * a read-only verification of the audit record. Exits 0 when intact, 1 when tampered, 2 when
 * it could not verify.
 */
public final class LedgerCommandLine {

  public static final String COMMAND = "verify";
  private static final String EXTENDS = "--extends=";

  private LedgerCommandLine() {}

  public static boolean isVerify(String[] args) {
    return args.length > 0 && COMMAND.equals(args[0]);
  }

  /** Runs the verification and returns the exit code. */
  public static int run(String[] args, PrintStream out) {
    Optional<ChainHead> earlier = Optional.empty();
    List<String> springArgs = new ArrayList<>();
    try {
      for (int i = 1; i < args.length; i++) {
        if (args[i].startsWith(EXTENDS)) {
          earlier = Optional.of(parseHead(args[i].substring(EXTENDS.length())));
        } else {
          springArgs.add(args[i]);
        }
      }
    } catch (IllegalArgumentException e) {
      out.println("ERROR: " + e.getMessage());
      return 2;
    }
    try (ConfigurableApplicationContext context =
        new SpringApplicationBuilder(VerifyOnlyConfiguration.class)
            .web(WebApplicationType.NONE)
            .bannerMode(Banner.Mode.OFF)
            .logStartupInfo(false)
            .properties("logging.level.root=WARN")
            .run(springArgs.toArray(String[]::new))) {
      VerificationReport report = context.getBean(LedgerVerifier.class).verify(earlier);
      print(report, out);
      return report.intact() ? 0 : 1;
    } catch (RuntimeException e) {
      out.println("ERROR: could not verify the audit record: " + e.getMessage());
      return 2;
    }
  }

  private static ChainHead parseHead(String text) {
    String[] parts = text.split(":", 2);
    if (parts.length != 2 || !parts[0].matches("\\d+") || !parts[1].matches("[0-9a-f]{64}")) {
      throw new IllegalArgumentException("--extends takes <sequence>:<64 hexadecimal SHA-256>, "
          + "as in an export's manifest");
    }
    return new ChainHead(Long.parseLong(parts[0]), parts[1], null);
  }

  static void print(VerificationReport report, PrintStream out) {
    out.printf("%s: %d records checked at %s; chain head %d %s%n",
        report.intact() ? "INTACT" : "TAMPERED", report.recordsChecked(), report.checkedAt(),
        report.head().sequence(), report.head().hash());
    for (VerificationReport.Finding finding : report.findings()) {
      out.printf("%s %s %s%s: %s%n", finding.problem(), finding.source(),
          finding.recordId() == null ? "-" : finding.recordId(),
          finding.sequence() == null ? "" : " (sequence " + finding.sequence() + ")",
          finding.detail());
    }
  }
}
