package uk.school.socialmedia.consent;

import java.time.Instant;
import java.util.List;
import java.util.Map;

/**
 * The answer of {@link ConsentVerification}: for one purpose at one moment, which learners have
 * current consent and, for every other one, why not.
 *
 * @param purpose what was checked
 * @param checkedAt when (the engine clock)
 * @param consented school references with current consent, in the order asked
 * @param gaps school references without current consent, with the reason
 */
public record ConsentCheck(ConsentPurpose purpose, Instant checkedAt, List<String> consented,
    Map<String, ConsentGap> gaps) {

  public ConsentCheck {
    consented = List.copyOf(consented);
    gaps = Map.copyOf(gaps);
  }

  /** True when every learner asked about has current consent for the purpose. */
  public boolean allConsented() {
    return gaps.isEmpty();
  }
}
