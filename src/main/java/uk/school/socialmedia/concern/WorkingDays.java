package uk.school.socialmedia.concern;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.util.Set;

/** Working days: Monday to Friday, except the school's configured bank holidays. */
final class WorkingDays {

  private final Set<LocalDate> bankHolidays;

  WorkingDays(Set<LocalDate> bankHolidays) {
    this.bankHolidays = Set.copyOf(bankHolidays);
  }

  boolean isWorkingDay(LocalDate day) {
    return day.getDayOfWeek() != DayOfWeek.SATURDAY && day.getDayOfWeek() != DayOfWeek.SUNDAY
        && !bankHolidays.contains(day);
  }

  /** The same time of day, {@code days} working days later (Friday 15:00 + 1 = Monday 15:00). */
  ZonedDateTime plusWorkingDays(ZonedDateTime from, int days) {
    LocalDate day = from.toLocalDate();
    for (int counted = 0; counted < days; ) {
      day = day.plusDays(1);
      if (isWorkingDay(day)) {
        counted++;
      }
    }
    return ZonedDateTime.of(day, from.toLocalTime(), from.getZone());
  }
}
