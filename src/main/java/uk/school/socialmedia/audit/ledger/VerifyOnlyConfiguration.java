package uk.school.socialmedia.audit.ledger;

import jakarta.persistence.EntityManagerFactory;
import java.time.Clock;
import javax.sql.DataSource;
import org.springframework.boot.autoconfigure.ImportAutoConfiguration;
import org.springframework.boot.autoconfigure.context.PropertyPlaceholderAutoConfiguration;
import org.springframework.boot.autoconfigure.domain.EntityScan;
import org.springframework.boot.autoconfigure.jdbc.DataSourceAutoConfiguration;
import org.springframework.boot.autoconfigure.orm.jpa.HibernateJpaAutoConfiguration;
import org.springframework.boot.autoconfigure.transaction.TransactionAutoConfiguration;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import uk.school.socialmedia.SocialMediaGovernanceApplication;

/**
 * The command line's whole application: the database, the JPA mapping (to know the registers;
 * Hibernate only validates) and the verifier. No engine, web server, jobs, demo data or sealing.
 * Deliberately not a {@code @Configuration}: the application's component scan must not find it.
 */
@ImportAutoConfiguration({PropertyPlaceholderAutoConfiguration.class,
    DataSourceAutoConfiguration.class, HibernateJpaAutoConfiguration.class,
    TransactionAutoConfiguration.class})
@EntityScan(basePackageClasses = SocialMediaGovernanceApplication.class)
@EnableConfigurationProperties(LedgerProperties.class)
class VerifyOnlyConfiguration {

  @Bean
  LedgerVerifier ledgerVerifier(DataSource dataSource, EntityManagerFactory entityManagerFactory,
      LedgerProperties properties) {
    RegisterTables registers = new RegisterTables(entityManagerFactory, properties);
    return new LedgerVerifier(dataSource, () -> LedgerConfiguration.auditedTables(registers),
        properties, Clock.systemUTC());
  }
}
