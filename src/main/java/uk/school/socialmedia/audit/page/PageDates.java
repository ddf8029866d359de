package uk.school.socialmedia.audit.page;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import org.springframework.stereotype.Component;

/** Dates as a British reader expects them ("1 September 2026"), in the school's time zone. */
@Component
class PageDates {

  private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.UK);
  private static final DateTimeFormatter MOMENT =
      DateTimeFormatter.ofPattern("d MMMM yyyy 'at' HH:mm", Locale.UK);

  private final Clock clock;

  PageDates(Clock clock) {
    this.clock = clock;
  }

  String day(LocalDate date) {
    return date == null ? "" : DAY.format(date);
  }

  String moment(Instant instant) {
    return instant == null ? "" : MOMENT.format(instant.atZone(clock.getZone()));
  }

  String period(LocalDate from, LocalDate to) {
    return day(from) + " to " + day(to);
  }
}
