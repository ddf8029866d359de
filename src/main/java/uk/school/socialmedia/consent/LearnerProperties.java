package uk.school.socialmedia.consent;

import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.PositiveOrZero;
import java.time.LocalDate;
import java.time.MonthDay;
import java.time.Period;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.Optional;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.validation.annotation.Validated;

/**
 * Which dates of birth are plausible for the school's learners ({@code school.learners.*}): a
 * learner's year group follows their age on the cut-off day (31 August in England), so a date of
 * birth far from the year group's age is a typing or import error. A date of birth decides how
 * long safeguarding records are kept, so an implausible one is refused, not stored.
 *
 * @param ageAtReception how old a learner in Reception is on the cut-off day (4); a year group
 *     is one year older per year
 * @param yearsOutOfAgeGroup learners taught this many years above or below their age group are
 *     still accepted
 * @param ageOn the cut-off day (MM-dd) on which a learner's age decides the year group
 */
@Validated
@ConfigurationProperties("school.learners")
public record LearnerProperties(
    @PositiveOrZero int ageAtReception,
    @PositiveOrZero int yearsOutOfAgeGroup,
    @Pattern(regexp = "\\d\\d-\\d\\d") String ageOn) {

  private static final int YEAR_13 = 13;
  private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("dd/MM/yyyy");
  private static final DateTimeFormatter CUT_OFF = DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.UK);

  /** Why the date of birth is not plausible for a learner in the year group today, if it is not. */
  public Optional<String> implausibleForYearGroup(LocalDate dateOfBirth, int yearGroup,
      LocalDate today) {
    int expected = ageAtReception + yearGroup;
    return check(dateOfBirth, expected - yearsOutOfAgeGroup, expected + yearsOutOfAgeGroup,
        today, "learners in " + yearGroupName(yearGroup) + " are " + expected + " then");
  }

  /** Why the date of birth is not plausible for any learner of the school, if it is not. */
  public Optional<String> implausibleForTheSchool(LocalDate dateOfBirth, LocalDate today) {
    int youngest = Math.max(0, ageAtReception - yearsOutOfAgeGroup);
    int oldest = ageAtReception + YEAR_13 + yearsOutOfAgeGroup;
    return check(dateOfBirth, youngest, oldest, today,
        "learners at this school are " + youngest + " to " + oldest + " then");
  }

  private Optional<String> check(LocalDate dateOfBirth, int youngest, int oldest,
      LocalDate today, String expectation) {
    LocalDate cutOff = lastCutOff(today);
    int age = Period.between(dateOfBirth, cutOff).getYears();
    if (!dateOfBirth.isAfter(cutOff) && age >= youngest && age <= oldest) {
      return Optional.empty();
    }
    return Optional.of("the date of birth " + DAY.format(dateOfBirth) + " is not plausible: it "
        + "would make the learner " + (dateOfBirth.isAfter(cutOff) ? "not yet born"
            : String.valueOf(age)) + " on " + CUT_OFF.format(cutOff) + ", and " + expectation
        + " (" + youngest + " to " + oldest + " accepted)");
  }

  private LocalDate lastCutOff(LocalDate today) {
    MonthDay day = MonthDay.parse("--" + ageOn);
    LocalDate thisYear = day.atYear(today.getYear());
    return thisYear.isAfter(today) ? day.atYear(today.getYear() - 1) : thisYear;
  }

  private static String yearGroupName(int yearGroup) {
    return yearGroup == 0 ? "Reception" : "Year " + yearGroup;
  }
}
