package uk.school.socialmedia.consent;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Writes the consent register: consents given in writing, and their withdrawal. */
@Service
public class ConsentRegister {

  private final LearnerRepository learners;
  private final ConsentRecordRepository records;
  private final ConsentSchedule schedule;
  private final Clock clock;

  ConsentRegister(LearnerRepository learners, ConsentRecordRepository records,
      ConsentSchedule schedule, Clock clock) {
    this.learners = learners;
    this.records = records;
    this.schedule = schedule;
    this.clock = clock;
  }

  public Optional<Learner> learner(String reference) {
    return reference == null ? Optional.empty() : learners.findById(reference);
  }

  /**
   * Records the purposes a parent or carer agreed to on a written form, each valid until the end
   * of the academic year; purposes not agreed to get no record.
   */
  @Transactional
  public List<ConsentRecord> recordConsent(String learnerReference,
      Collection<ConsentPurpose> purposes, String givenByName, Relationship relationship,
      LocalDate givenOn, String recordedBy, String processInstanceId) {
    LocalDate validUntil = schedule.validUntil(givenOn);
    List<ConsentRecord> recorded = new ArrayList<>();
    for (ConsentPurpose purpose : purposes) {
      recorded.add(records.save(new ConsentRecord(learnerReference, purpose, givenByName,
          relationship, givenOn, validUntil, clock.instant(), recordedBy, processInstanceId)));
    }
    return recorded;
  }

  /**
   * Withdraws every consent of the learner for the purposes that is not already withdrawn, at
   * once. There is no way back: consent given again is a new record.
   */
  @Transactional
  public List<ConsentRecord> withdraw(String learnerReference, Collection<ConsentPurpose> purposes,
      String withdrawnBy, String processInstanceId) {
    List<ConsentRecord> withdrawn =
        records.findByLearnerReferenceAndPurposeInAndWithdrawnAtIsNull(learnerReference, purposes);
    withdrawn.forEach(r -> r.withdraw(clock.instant(), withdrawnBy, processInstanceId));
    return withdrawn;
  }

  public List<ConsentRecord> history(String learnerReference) {
    return records.findByLearnerReferenceOrderByIdAsc(learnerReference);
  }
}
