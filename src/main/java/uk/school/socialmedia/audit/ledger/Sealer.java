package uk.school.socialmedia.audit.ledger;

import java.time.Clock;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.transaction.support.TransactionTemplate;
import uk.school.socialmedia.audit.ChainHead;

/**
 * Seals journal entries into the hash chain in short batches. Each batch locks the one head row
 * (SELECT ... FOR UPDATE), so two nodes of a cluster never fork the chain; writers never wait
 * for it.
 */
class Sealer {

  private final JdbcTemplate jdbc;
  private final TransactionTemplate transactions;
  private final Clock clock;
  private final LedgerProperties properties;

  Sealer(JdbcTemplate jdbc, TransactionTemplate transactions, Clock clock,
      LedgerProperties properties) {
    this.jdbc = jdbc;
    this.transactions = transactions;
    this.clock = clock;
    this.properties = properties;
  }

  @Scheduled(fixedDelayString = "${school.audit.ledger.seal-interval}",
      initialDelayString = "${school.audit.ledger.seal-interval}")
  void sealPeriodically() {
    seal();
  }

  /** Seals everything journaled so far, batch by batch, and returns the head. */
  ChainHead seal() {
    ChainHead head;
    int sealed;
    do {
      List<Integer> count = new ArrayList<>(1);
      head = transactions.execute(status -> sealBatch(count));
      sealed = count.get(0);
    } while (sealed == properties.sealBatchSize());
    return head;
  }

  private ChainHead sealBatch(List<Integer> count) {
    var head = jdbc.queryForMap(
        "select sequence, chain_hash from audit_chain_head where id = 1 for update");
    long sequence = ((Number) head.get("sequence")).longValue();
    String hash = (String) head.get("chain_hash");
    List<Object[]> seals = new ArrayList<>();
    List<Unsealed> pending = jdbc.query("select id, source, record_id, operation, content_hash, "
            + "recorded_at from audit_record where sequence is null order by id "
            + "fetch first " + properties.sealBatchSize() + " rows only",
        (row, n) -> new Unsealed(row.getLong("id"), row.getString("source"),
            row.getString("record_id"), row.getString("operation"), row.getString("content_hash"),
            row.getObject("recorded_at", LocalDateTime.class)));
    count.add(pending.size());
    if (pending.isEmpty()) {
      return head();
    }
    for (Unsealed entry : pending) {
      sequence++;
      hash = new ChainLink(sequence, entry.source(), entry.recordId(), entry.operation(),
          entry.contentHash(), entry.recordedAt()).chainHash(hash);
      seals.add(new Object[] {sequence, hash, entry.id()});
    }
    LocalDateTime now = LocalDateTime.ofInstant(clock.instant(), ZoneOffset.UTC)
        .truncatedTo(ChronoUnit.MICROS);
    jdbc.batchUpdate("update audit_record set sequence = ?, chain_hash = ? where id = ?", seals);
    jdbc.update("update audit_chain_head set sequence = ?, chain_hash = ?, sealed_at = ? "
        + "where id = 1", sequence, hash, now);
    return new ChainHead(sequence, hash, now.toInstant(ZoneOffset.UTC));
  }

  private record Unsealed(long id, String source, String recordId, String operation,
      String contentHash, LocalDateTime recordedAt) {}

  /** The head as sealed now. */
  ChainHead head() {
    return jdbc.queryForObject("select sequence, chain_hash, sealed_at from audit_chain_head "
        + "where id = 1", (row, n) -> {
          LocalDateTime sealedAt = row.getObject("sealed_at", LocalDateTime.class);
          return new ChainHead(row.getLong("sequence"), row.getString("chain_hash"),
              sealedAt == null ? null : sealedAt.toInstant(ZoneOffset.UTC));
        });
  }
}
