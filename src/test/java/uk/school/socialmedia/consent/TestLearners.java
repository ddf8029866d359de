package uk.school.socialmedia.consent;

import java.time.Clock;
import java.time.LocalDate;
import java.util.UUID;
import org.springframework.stereotype.Component;

/** Learners of one test: each gets a new school reference, so tests never see each other's. */
@Component
class TestLearners {

  private final LearnerRepository learners;
  private final Clock clock;

  TestLearners(LearnerRepository learners, Clock clock) {
    this.learners = learners;
    this.clock = clock;
  }

  static String newReference() {
    return "T-" + UUID.randomUUID().toString().substring(0, 8).toUpperCase();
  }

  String enrol() {
    String reference = newReference();
    learners.save(new Learner(reference, "Test Learner", 4, LocalDate.of(2018, 3, 1),
        clock.instant()));
    return reference;
  }
}
