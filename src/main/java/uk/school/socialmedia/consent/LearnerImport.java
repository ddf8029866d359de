package uk.school.socialmedia.consent;

import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.time.Clock;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import uk.school.socialmedia.platform.process.RuleViolation;

/**
 * Loads learners from a CSV export of the school's information system. Columns (header row
 * required, any order): reference, name, year_group, date_of_birth (yyyy-MM-dd). A known
 * reference is updated. Every row that cannot be loaded is reported with its line number and
 * reasons; the good rows are loaded. A date of birth implausible for the year group is refused
 * ({@link LearnerProperties}); the learners whose record changed are announced
 * ({@link LearnerRecordsChanged}) so that safeguarding can be told.
 */
@Service
public class LearnerImport {

  static final List<String> COLUMNS = List.of("reference", "name", "year_group", "date_of_birth");
  private static final Pattern REFERENCE = Pattern.compile("[A-Za-z0-9][A-Za-z0-9-]{0,19}");
  private static final int RECEPTION = 0;
  private static final int YEAR_13 = 13;

  /** A row that was not loaded; line 1 is the header. */
  public record RejectedRow(long line, String reference, List<String> reasons) {}

  public record Report(int added, int updated, List<RejectedRow> rejected) {}

  private final LearnerRepository learners;
  private final LearnerProperties ages;
  private final ApplicationEventPublisher events;
  private final Clock clock;

  LearnerImport(LearnerRepository learners, LearnerProperties ages, ApplicationEventPublisher events,
      Clock clock) {
    this.learners = learners;
    this.ages = ages;
    this.events = events;
    this.clock = clock;
  }

  @Transactional
  public Report importCsv(Reader csv) {
    // blank lines are kept as records so that record numbers stay line numbers
    CSVFormat format = CSVFormat.DEFAULT.builder()
        .setHeader().setSkipHeaderRecord(true).setIgnoreHeaderCase(true).setTrim(true)
        .setIgnoreEmptyLines(false).get();
    try (CSVParser parser = CSVParser.parse(csv, format)) {
      List<String> missing = COLUMNS.stream()
          .filter(column -> !parser.getHeaderMap().containsKey(column)).toList();
      if (!missing.isEmpty()) {
        throw new RuleViolation("The file's first line must name the columns "
            + String.join(", ", COLUMNS) + "; missing: " + String.join(", ", missing) + ".");
      }
      int added = 0;
      int updated = 0;
      List<RejectedRow> rejected = new ArrayList<>();
      Map<String, Long> seen = new HashMap<>();
      Set<String> changed = new LinkedHashSet<>();
      for (CSVRecord row : parser) {
        // the header is line 1 and each record one line (names with line breaks are refused)
        long line = row.getRecordNumber() + 1;
        if (row.size() == 1 && row.get(0).isBlank()) {
          continue; // a blank line carries no learner
        }
        List<String> reasons = new ArrayList<>();
        String reference = value(row, "reference");
        String name = value(row, "name");
        Integer yearGroup = yearGroup(value(row, "year_group"), reasons);
        LocalDate dateOfBirth = dateOfBirth(value(row, "date_of_birth"), reasons);
        if (yearGroup != null && dateOfBirth != null) {
          ages.implausibleForYearGroup(dateOfBirth, yearGroup, LocalDate.now(clock))
              .ifPresent(reasons::add);
        }
        if (!row.isConsistent()) {
          reasons.add(0, "the row has " + row.size() + " fields, the header " + COLUMNS.size());
        }
        if (reference.isEmpty()) {
          reasons.add(0, "the school reference is missing");
        } else if (!REFERENCE.matcher(reference).matches()) {
          reasons.add(0, "'" + reference + "' is not a school reference (letters, digits and "
              + "hyphens, at most 20)");
        } else if (seen.containsKey(reference)) {
          reasons.add(0, "the reference is also on line " + seen.get(reference));
        }
        if (name.isEmpty()) {
          reasons.add("the name is missing");
        }
        if (!reasons.isEmpty()) {
          rejected.add(new RejectedRow(line, reference, reasons));
          continue;
        }
        seen.put(reference, line);
        var existing = learners.findById(reference);
        if (existing.isPresent()) {
          if (existing.get().update(name, yearGroup, dateOfBirth, clock.instant())) {
            changed.add(reference);
          }
          updated++;
        } else {
          learners.save(new Learner(reference, name, yearGroup, dateOfBirth, clock.instant()));
          added++;
        }
      }
      if (!changed.isEmpty()) {
        events.publishEvent(new LearnerRecordsChanged(changed));
      }
      return new Report(added, updated, rejected);
    } catch (IOException | UncheckedIOException e) {
      throw new RuleViolation("The file could not be read as CSV: " + e.getMessage());
    }
  }

  private static String value(CSVRecord row, String column) {
    return row.isSet(column) ? row.get(column).trim() : "";
  }

  private static Integer yearGroup(String text, List<String> reasons) {
    try {
      int year = Integer.parseInt(text);
      if (year >= RECEPTION && year <= YEAR_13) {
        return year;
      }
    } catch (NumberFormatException e) {
      // reported below
    }
    reasons.add("the year group must be a whole number from " + RECEPTION + " (Reception) to "
        + YEAR_13 + ", not '" + text + "'");
    return null;
  }

  private LocalDate dateOfBirth(String text, List<String> reasons) {
    try {
      LocalDate date = LocalDate.parse(text);
      if (date.isAfter(LocalDate.now(clock))) {
        reasons.add("the date of birth " + text + " is in the future");
        return null;
      }
      return date;
    } catch (DateTimeParseException e) {
      reasons.add("the date of birth must be a date like 2018-09-14, not '" + text + "'");
      return null;
    }
  }
}
