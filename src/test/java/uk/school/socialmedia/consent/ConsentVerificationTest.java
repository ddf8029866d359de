package uk.school.socialmedia.consent;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static uk.school.socialmedia.consent.ConsentPurpose.NAME_WITH_IMAGE;
import static uk.school.socialmedia.consent.ConsentPurpose.SOCIAL_MEDIA_IMAGE;
import static uk.school.socialmedia.consent.ConsentPurpose.WEBSITE_IMAGE;

import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.util.Date;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import uk.school.socialmedia.platform.EngineClock;
import uk.school.socialmedia.testsupport.SchoolSpringTest;

/** Verification for post review: current consent per purpose, or the reason there is none. */
@SchoolSpringTest
class ConsentVerificationTest {

  @Autowired ConsentVerification verification;
  @Autowired ConsentRegister register;
  @Autowired ConsentRecordRepository records;
  @Autowired TestLearners learners;

  /** 25 November 2026: consents given today last until 31 August 2027. */
  static final LocalDate TODAY = LocalDate.of(2026, 11, 25);

  @BeforeEach
  void setTheDate() {
    moveClockTo(TODAY);
  }

  @Test
  void aLearnerWithCurrentConsentForThePurposeMayBeShown() {
    String learner = learners.enrol();
    give(learner, Set.of(SOCIAL_MEDIA_IMAGE, WEBSITE_IMAGE), TODAY);

    ConsentCheck check = verification.verify(SOCIAL_MEDIA_IMAGE, List.of(learner));

    assertThat(check.consented()).containsExactly(learner);
    assertThat(check.allConsented()).isTrue();
  }

  @Test
  void eachLearnerWithoutCurrentConsentIsReportedWithTheReason() {
    String noAnswer = learners.enrol();
    String websiteOnly = learners.enrol();
    String lastYear = learners.enrol();
    String withdrawn = learners.enrol();
    String unknown = TestLearners.newReference();
    String consented = learners.enrol();
    give(websiteOnly, Set.of(WEBSITE_IMAGE), TODAY);
    give(lastYear, EnumSet.allOf(ConsentPurpose.class), LocalDate.of(2025, 10, 1));
    give(withdrawn, EnumSet.allOf(ConsentPurpose.class), TODAY);
    register.withdraw(withdrawn, Set.of(SOCIAL_MEDIA_IMAGE), "olivia", null);
    give(consented, Set.of(SOCIAL_MEDIA_IMAGE), TODAY);

    ConsentCheck check = verification.verify(SOCIAL_MEDIA_IMAGE,
        List.of(noAnswer, websiteOnly, lastYear, withdrawn, unknown, consented));

    assertThat(check.consented()).containsExactly(consented);
    assertThat(check.allConsented()).isFalse();
    assertThat(check.gaps()).containsExactlyInAnyOrderEntriesOf(java.util.Map.of(
        noAnswer, ConsentGap.NO_CONSENT,
        websiteOnly, ConsentGap.PURPOSE_NOT_COVERED,
        lastYear, ConsentGap.EXPIRED,
        withdrawn, ConsentGap.WITHDRAWN,
        unknown, ConsentGap.UNKNOWN_LEARNER));
    assertThat(verification.verify(WEBSITE_IMAGE, List.of(withdrawn)).consented())
        .as("a withdrawal covers only the purposes withdrawn").containsExactly(withdrawn);
  }

  @Test
  void consentIsDecidedAtTheMomentOfTheCheckSoItLapsesAtTheEndOfTheAcademicYear() {
    String learner = learners.enrol();
    give(learner, Set.of(NAME_WITH_IMAGE), TODAY);

    moveClockTo(LocalDate.of(2027, 8, 31));
    assertThat(verification.verify(NAME_WITH_IMAGE, List.of(learner)).consented())
        .containsExactly(learner);

    moveClockTo(LocalDate.of(2027, 9, 1));
    assertThat(verification.verify(NAME_WITH_IMAGE, List.of(learner)).gaps())
        .containsEntry(learner, ConsentGap.EXPIRED);
  }

  @Test
  void aWithdrawalIsNeverUndoneAndConsentGivenAgainIsANewRecord() {
    String learner = learners.enrol();
    give(learner, Set.of(SOCIAL_MEDIA_IMAGE), TODAY);
    register.withdraw(learner, Set.of(SOCIAL_MEDIA_IMAGE), "olivia", null);
    ConsentRecord withdrawn = register.history(learner).get(0);
    assertThatThrownBy(() -> withdrawn.withdraw(ClockUtil.now().toInstant(), "olivia", null))
        .isInstanceOf(IllegalStateException.class);

    give(learner, Set.of(SOCIAL_MEDIA_IMAGE), TODAY);

    List<ConsentRecord> history = register.history(learner);
    assertThat(history).hasSize(2);
    assertThat(records.findById(withdrawn.getId()).orElseThrow().isWithdrawn()).isTrue();
    assertThat(history.get(1).isWithdrawn()).isFalse();
    assertThat(verification.verify(SOCIAL_MEDIA_IMAGE, List.of(learner)).consented())
        .containsExactly(learner);
  }

  private void give(String learner, Set<ConsentPurpose> purposes, LocalDate on) {
    register.recordConsent(learner, purposes, "Pat Parent", Relationship.PARENT, on, "olivia",
        null);
  }

  /** Tests of the consent package move the engine's clock to 10:00 school time on a day. */
  static void moveClockTo(LocalDate day) {
    ClockUtil.setCurrentTime(tenOClockOn(day));
  }

  static Date tenOClockOn(LocalDate day) {
    return Date.from(ZonedDateTime.of(day.atTime(10, 0), EngineClock.SCHOOL_ZONE).toInstant());
  }
}
