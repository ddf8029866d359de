package uk.school.socialmedia.audit.export;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class GovernorsPackTest {

  @Test
  void concernFiguresReadAsWordsInThePackWhileTheFilesKeepTheirMachineNames() {
    assertThat(GovernorsPack.readable("byCategory")).isEqualTo("Category");
    assertThat(GovernorsPack.readable("meanHoursToAcknowledge"))
        .isEqualTo("Mean hours to acknowledge");
    assertThat(GovernorsPack.readable("NOT_YET_TRIAGED")).isEqualTo("Not yet triaged");
    assertThat(GovernorsPack.readable("total")).isEqualTo("Total");
    assertThat(GovernorsPack.readable("ABOUT_STAFF_OR_HEAD"))
        .isEqualTo("About a member of staff or the Head");
    assertThat(GovernorsPack.readable("2026-11")).isEqualTo("2026-11");
    assertThat(GovernorsPack.readable("Acknowledgement overdue: DSL told"))
        .isEqualTo("Acknowledgement overdue: DSL told");
  }
}
