package uk.school.socialmedia.audit.ledger;

import jakarta.persistence.EntityManagerFactory;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import javax.sql.DataSource;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
import uk.school.socialmedia.audit.BeforeHistoryCleanup;

/** The ledger in the running application: journaling, sealing and verification. */
@Configuration(proxyBeanMethods = false)
class LedgerConfiguration {

  @Bean
  Journal auditJournal(Clock clock) {
    return new Journal(clock);
  }

  @Bean
  LedgerEnginePlugin ledgerEnginePlugin(Journal auditJournal, DataSource dataSource,
      List<BeforeHistoryCleanup> cleanupChecks) {
    return new LedgerEnginePlugin(auditJournal, dataSource, cleanupChecks);
  }

  @Bean
  RegisterTables registerTables(EntityManagerFactory entityManagerFactory,
      LedgerProperties properties) {
    return new RegisterTables(entityManagerFactory, properties);
  }

  @Bean
  JournalRegisters journalRegisters(RegisterTables registerTables, Journal auditJournal,
      EntityManagerFactory entityManagerFactory) {
    JournalRegisters listener = new JournalRegisters(registerTables, auditJournal);
    listener.listenTo(entityManagerFactory);
    return listener;
  }

  @Bean
  Sealer auditSealer(DataSource dataSource, PlatformTransactionManager transactionManager,
      Clock clock, LedgerProperties properties) {
    return new Sealer(new JdbcTemplate(dataSource), new TransactionTemplate(transactionManager),
        clock, properties);
  }

  @Bean
  Ledger auditChain(Sealer auditSealer, DataSource dataSource, RegisterTables registerTables,
      LedgerProperties properties, Clock clock) {
    return new Ledger(auditSealer,
        new LedgerVerifier(dataSource, () -> auditedTables(registerTables), properties, clock));
  }

  /** Camunda's history tables, then the registers. */
  static List<AuditedTable> auditedTables(RegisterTables registers) {
    List<AuditedTable> all = new ArrayList<>(HistoryTables.ALL);
    all.addAll(registers.all());
    return all;
  }
}
