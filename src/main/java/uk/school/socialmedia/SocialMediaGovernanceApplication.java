package uk.school.socialmedia;

import org.camunda.bpm.spring.boot.starter.annotation.EnableProcessApplication;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;
import org.springframework.scheduling.annotation.EnableScheduling;
import uk.school.socialmedia.audit.ledger.LedgerCommandLine;

/**
 * The school's social-media governance system: Camunda 7 processes for every part of the
 * official social-media policy, with Tasklist, Cockpit and an audit trail.
 *
 * <p>Deployed as a process application (see {@code META-INF/processes.xml}) so that BPMN, DMN and
 * Camunda Forms are deployed under their classpath names: the same names whether the product runs
 * from the jar or from {@code spring-boot:run}, so a restart never creates new versions.
 */
@SpringBootApplication
@EnableProcessApplication
@ConfigurationPropertiesScan
@EnableScheduling
public class SocialMediaGovernanceApplication {

  public static void main(String[] args) {
    if (LedgerCommandLine.isVerify(args)) {
      System.exit(LedgerCommandLine.run(args, System.out));
    }
    SpringApplication.run(SocialMediaGovernanceApplication.class, args);
  }
}
