package uk.school.socialmedia.audit.export;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.context.annotation.Configuration;

/** A school's export settings that would leak small counts or mix up terms stop the start. */
class ExportPropertiesTest {

  @Configuration
  @EnableConfigurationProperties(ExportProperties.class)
  static class Binding {}

  private final ApplicationContextRunner context = new ApplicationContextRunner()
      .withUserConfiguration(Binding.class)
      .withPropertyValues("school.audit.small-count-threshold=5", "school.audit.rounding-base=5",
          "school.audit.export.page-size=500", "school.audit.export.concurrent=1",
          "school.audit.export.queued=4",
          "school.audit.terms[0].name=Spring 2027", "school.audit.terms[0].first=2027-01-01",
          "school.audit.terms[0].last=2027-03-31",
          "school.audit.terms[1].name=Autumn 2026", "school.audit.terms[1].first=2026-09-01",
          "school.audit.terms[1].last=2026-12-31");

  @Test
  void termsAreKeptEarliestFirst() {
    context.run(started -> {
      assertThat(started).hasNotFailed();
      assertThat(started.getBean(ExportProperties.class).terms())
          .extracting(ExportProperties.Term::first)
          .containsExactly(LocalDate.of(2026, 9, 1), LocalDate.of(2027, 1, 1));
    });
  }

  @Test
  void aThresholdBelowTwoIsRefused() {
    refused("school.audit.small-count-threshold=1", "smallCountThreshold");
  }

  @Test
  void aRoundingBaseAboveTheThresholdIsRefused() {
    refused("school.audit.rounding-base=10", "roundingBase");
  }

  @Test
  void termsThatOverlapAreRefused() {
    refused("school.audit.terms[1].last=2027-01-01", "each term must begin after");
  }

  @Test
  void aTermEndingBeforeItBeginsIsRefused() {
    refused("school.audit.terms[0].last=2026-12-31", "last day must not be before");
  }

  @Test
  void noExportWithoutOneAtATimeIsRefused() {
    refused("school.audit.export.concurrent=0", "concurrent");
  }

  private void refused(String setting, String naming) {
    context.withPropertyValues(setting).run(started -> {
      assertThat(started).hasFailed();
      assertThat(started.getStartupFailure()).rootCause().hasMessageContaining(naming);
    });
  }
}
