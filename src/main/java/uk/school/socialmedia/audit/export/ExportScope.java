package uk.school.socialmedia.audit.export;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Date;

/**
 * What one export reads: records from {@code start} (inclusive) to {@code end} (exclusive), of
 * one process or all ({@code processKey} null). The end is never later than the moment the export
 * started, so records written while it runs do not shift the pages it reads.
 */
record ExportScope(Instant start, Instant end, String processKey, LocalDate lastDay) {

  static ExportScope of(LocalDate from, LocalDate to, String processKey, ZoneId zone,
      Instant startedAt) {
    Instant end = to.plusDays(1).atStartOfDay(zone).toInstant();
    return new ExportScope(from.atStartOfDay(zone).toInstant(),
        end.isAfter(startedAt) ? startedAt : end, processKey, to);
  }

  boolean includes(String key) {
    return processKey == null || processKey.equals(key);
  }

  boolean includesAny(String... keys) {
    for (String key : keys) {
      if (includes(key)) {
        return true;
      }
    }
    return false;
  }

  /** For engine queries whose bounds are both inclusive. */
  Date firstMoment() {
    return Date.from(start);
  }

  Date lastMoment() {
    return Date.from(end.minusMillis(1));
  }

  /** For engine queries whose bounds are both exclusive. */
  Date justBefore() {
    return Date.from(start.minusMillis(1));
  }

  Date justAfter() {
    return Date.from(end);
  }
}
