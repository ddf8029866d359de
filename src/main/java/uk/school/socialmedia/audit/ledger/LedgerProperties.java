package uk.school.socialmedia.audit.ledger;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Positive;
import java.time.Duration;
import java.util.List;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.validation.annotation.Validated;

/**
 * Settings of the audit ledger ({@code school.audit.ledger.*}).
 *
 * @param sealInterval how often unsealed journal entries are sealed into the chain
 * @param sealBatchSize how many entries one sealing transaction takes
 * @param fetchSize rows fetched per round trip while verifying (memory stays flat)
 * @param maxFindings verification lists at most this many findings (the first ones)
 * @param operationalTables register tables that are not records (e.g. the notification outbox)
 */
@Validated
@ConfigurationProperties("school.audit.ledger")
public record LedgerProperties(
    @NotNull Duration sealInterval,
    @Positive int sealBatchSize,
    @Positive int fetchSize,
    @Positive int maxFindings,
    List<String> operationalTables) {

  public LedgerProperties {
    operationalTables = operationalTables == null ? List.of() : List.copyOf(operationalTables);
  }
}
