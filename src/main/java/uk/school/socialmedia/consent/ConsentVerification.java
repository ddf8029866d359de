package uk.school.socialmedia.consent;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Says whether learners may be shown for a purpose, now. Post review calls it when a post is
 * drafted and again at the moment of publishing: a consent that lapsed or was withdrawn in
 * between stops the post.
 */
@Service
public class ConsentVerification {

  private final LearnerRepository learners;
  private final ConsentRecordRepository records;
  private final Clock clock;

  ConsentVerification(LearnerRepository learners, ConsentRecordRepository records, Clock clock) {
    this.learners = learners;
    this.records = records;
    this.clock = clock;
  }

  /**
   * Which of the learners have current consent for the purpose at this moment (the engine
   * clock, in the school's time zone), and why each other one has not.
   */
  @Transactional(readOnly = true)
  public ConsentCheck verify(ConsentPurpose purpose, Collection<String> learnerReferences) {
    Set<String> asked = new LinkedHashSet<>(learnerReferences);
    LocalDate today = LocalDate.now(clock);
    Set<String> known = learners.findAllById(asked).stream()
        .map(Learner::getReference).collect(Collectors.toSet());
    Map<String, List<ConsentRecord>> byLearner = records
        .findByLearnerReferenceInOrderByIdAsc(known).stream()
        .collect(Collectors.groupingBy(ConsentRecord::getLearnerReference));

    List<String> consented = new ArrayList<>();
    Map<String, ConsentGap> gaps = new LinkedHashMap<>();
    for (String reference : asked) {
      if (!known.contains(reference)) {
        gaps.put(reference, ConsentGap.UNKNOWN_LEARNER);
        continue;
      }
      ConsentGap gap = gap(byLearner.getOrDefault(reference, List.of()), purpose, today);
      if (gap == null) {
        consented.add(reference);
      } else {
        gaps.put(reference, gap);
      }
    }
    return new ConsentCheck(purpose, clock.instant(), consented, gaps);
  }

  /** Null when current consent exists. */
  private static ConsentGap gap(List<ConsentRecord> records, ConsentPurpose purpose,
      LocalDate today) {
    if (records.isEmpty()) {
      return ConsentGap.NO_CONSENT;
    }
    List<ConsentRecord> forPurpose = records.stream()
        .filter(r -> r.getPurpose() == purpose).toList();
    if (forPurpose.stream().anyMatch(r -> r.isCurrentOn(today))) {
      return null;
    }
    return forPurpose.stream()
        .max(Comparator.comparing(ConsentRecord::getGivenOn).thenComparing(ConsentRecord::getId))
        .map(latest -> latest.isWithdrawn() ? ConsentGap.WITHDRAWN : ConsentGap.EXPIRED)
        .orElse(ConsentGap.PURPOSE_NOT_COVERED);
  }
}
