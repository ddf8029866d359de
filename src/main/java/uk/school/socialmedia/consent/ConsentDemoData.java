package uk.school.socialmedia.consent;

import java.time.Clock;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.camunda.bpm.engine.RuntimeService;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import uk.school.socialmedia.identity.DemoData;

/**
 * A Year 4 class of 20 fictional learners with a realistic mix of consent: all purposes, website
 * only, expired last summer, withdrawn, and no answer yet (with a request waiting in Tasklist).
 * Idempotent: a learner already on the register is left as it is.
 */
@Component
@Order(20)
class ConsentDemoData implements DemoData {

  private enum Mix { ALL, WEBSITE_ONLY, EXPIRED, WITHDRAWN, NO_RESPONSE }

  private record DemoLearner(String reference, String name, LocalDate born, Mix mix) {}

  private static final List<DemoLearner> CLASS = List.of(
      new DemoLearner("LF-D001", "Amira Ahmed", LocalDate.of(2017, 10, 3), Mix.ALL),
      new DemoLearner("LF-D002", "Ben Carter", LocalDate.of(2017, 11, 21), Mix.ALL),
      new DemoLearner("LF-D003", "Chloe Davies", LocalDate.of(2018, 1, 14), Mix.ALL),
      new DemoLearner("LF-D004", "Daniel Evans", LocalDate.of(2018, 2, 2), Mix.ALL),
      new DemoLearner("LF-D005", "Ella Fitzgerald-Moss", LocalDate.of(2017, 9, 28), Mix.ALL),
      new DemoLearner("LF-D006", "Finley Green", LocalDate.of(2018, 3, 17), Mix.ALL),
      new DemoLearner("LF-D007", "Grace Hussain", LocalDate.of(2018, 4, 9), Mix.ALL),
      new DemoLearner("LF-D008", "Harry Iqbal", LocalDate.of(2017, 12, 5), Mix.ALL),
      new DemoLearner("LF-D009", "Isla Jones", LocalDate.of(2018, 5, 23), Mix.WEBSITE_ONLY),
      new DemoLearner("LF-D010", "Jack Kowalski", LocalDate.of(2018, 6, 30), Mix.WEBSITE_ONLY),
      new DemoLearner("LF-D011", "Lily Murphy", LocalDate.of(2018, 7, 11), Mix.WEBSITE_ONLY),
      new DemoLearner("LF-D012", "Mohammed Nowak", LocalDate.of(2018, 8, 19), Mix.WEBSITE_ONLY),
      new DemoLearner("LF-D013", "Noah O'Brien", LocalDate.of(2017, 9, 8), Mix.EXPIRED),
      new DemoLearner("LF-D014", "Olivia Patel", LocalDate.of(2018, 2, 26), Mix.EXPIRED),
      new DemoLearner("LF-D015", "Poppy Quinn", LocalDate.of(2018, 4, 1), Mix.EXPIRED),
      new DemoLearner("LF-D016", "Reuben Singh", LocalDate.of(2017, 11, 2), Mix.WITHDRAWN),
      new DemoLearner("LF-D017", "Sofia Taylor", LocalDate.of(2018, 1, 30), Mix.WITHDRAWN),
      new DemoLearner("LF-D018", "Theo Walker", LocalDate.of(2018, 6, 6), Mix.NO_RESPONSE),
      new DemoLearner("LF-D019", "Zara Williams", LocalDate.of(2018, 8, 12), Mix.NO_RESPONSE),
      new DemoLearner("LF-D020", "Yusuf Yilmaz", LocalDate.of(2017, 10, 25), Mix.NO_RESPONSE));

  private static final int YEAR_GROUP = 4;

  private final LearnerRepository learners;
  private final ConsentRegister register;
  private final RuntimeService runtime;
  private final Clock clock;

  ConsentDemoData(LearnerRepository learners, ConsentRegister register, RuntimeService runtime,
      Clock clock) {
    this.learners = learners;
    this.register = register;
    this.runtime = runtime;
    this.clock = clock;
  }

  @Override
  @Transactional
  public void seed() {
    LocalDate today = LocalDate.now(clock);
    for (DemoLearner demo : CLASS) {
      if (learners.existsById(demo.reference())) {
        continue;
      }
      learners.save(new Learner(demo.reference(), demo.name(), YEAR_GROUP, demo.born(),
          clock.instant()));
      Set<ConsentPurpose> all = EnumSet.allOf(ConsentPurpose.class);
      String parent = "Parent of " + demo.reference();
      switch (demo.mix()) {
        case ALL -> register.recordConsent(demo.reference(), all, parent, Relationship.PARENT,
            today, "olivia", null);
        case WEBSITE_ONLY -> register.recordConsent(demo.reference(),
            Set.of(ConsentPurpose.WEBSITE_IMAGE), parent, Relationship.CARER,
            today, "olivia", null);
        case EXPIRED -> register.recordConsent(demo.reference(), all, parent,
            Relationship.PARENT, today.minusYears(1).minusDays(60), "olivia", null);
        case WITHDRAWN -> {
          register.recordConsent(demo.reference(), all, parent, Relationship.PARENT,
              today, "olivia", null);
          register.withdraw(demo.reference(), all, "olivia", null);
        }
        case NO_RESPONSE -> runtime.startProcessInstanceByKey(ConsentRequests.PROCESS_KEY,
            demo.reference(), Map.of(ConsentVariables.LEARNER, demo.reference()));
      }
    }
  }
}
