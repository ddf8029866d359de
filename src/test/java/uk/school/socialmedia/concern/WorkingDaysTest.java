package uk.school.socialmedia.concern;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZonedDateTime;
import java.util.Set;
import org.junit.jupiter.api.Test;
import uk.school.socialmedia.platform.EngineClock;

/** "One working day" as children's social care and the LADO count it. */
class WorkingDaysTest {

  private final WorkingDays workingDays = new WorkingDays(
      Set.of(LocalDate.of(2026, 12, 25), LocalDate.of(2026, 12, 28)));

  @Test
  void oneWorkingDayFromAFridayIsTheFollowingMonday() {
    assertThat(plus(LocalDateTime.of(2026, 11, 27, 15, 0), 1))
        .isEqualTo(LocalDateTime.of(2026, 11, 30, 15, 0));
  }

  @Test
  void aReportAtTheWeekendIsDueOnMonday() {
    assertThat(plus(LocalDateTime.of(2026, 11, 28, 10, 0), 1))
        .isEqualTo(LocalDateTime.of(2026, 11, 30, 10, 0));
  }

  @Test
  void bankHolidaysAreNotWorkingDays() {
    assertThat(plus(LocalDateTime.of(2026, 12, 24, 11, 0), 1))
        .isEqualTo(LocalDateTime.of(2026, 12, 29, 11, 0));
    assertThat(workingDays.isWorkingDay(LocalDate.of(2026, 12, 28))).isFalse();
    assertThat(workingDays.isWorkingDay(LocalDate.of(2026, 12, 29))).isTrue();
  }

  @Test
  void twoWorkingDaysFromAWednesdayIsFriday() {
    assertThat(plus(LocalDateTime.of(2026, 11, 25, 9, 30), 2))
        .isEqualTo(LocalDateTime.of(2026, 11, 27, 9, 30));
  }

  private LocalDateTime plus(LocalDateTime from, int days) {
    return workingDays.plusWorkingDays(ZonedDateTime.of(from, EngineClock.SCHOOL_ZONE), days)
        .toLocalDateTime();
  }
}
