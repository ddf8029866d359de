package uk.school.socialmedia.audit.retention;

import java.time.Clock;
import java.time.Instant;
import java.time.ZonedDateTime;
import java.util.Date;
import org.camunda.bpm.engine.impl.batch.history.HistoricBatchEntity;
import org.camunda.bpm.engine.impl.history.DefaultHistoryRemovalTimeProvider;
import org.camunda.bpm.engine.impl.history.HistoryRemovalTimeProvider;
import org.camunda.bpm.engine.impl.history.event.HistoricDecisionInstanceEntity;
import org.camunda.bpm.engine.impl.history.event.HistoricProcessInstanceEventEntity;
import org.camunda.bpm.engine.repository.DecisionDefinition;
import org.camunda.bpm.engine.repository.ProcessDefinition;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;
import uk.school.socialmedia.platform.EngineClock;

/**
 * When a process instance's history is removed (docs/retention.md). The engine asks this when a
 * root instance ends, and again when a batch recalculates removal times:
 * <ul>
 *   <li>while a legal hold stands: never (no removal time);</li>
 *   <li>a concern with a retention decision: from the decision, for the learner the day they
 *       reach the age in the properties, for an allegation the later of normal retirement age and
 *       the settings' period after the concern ended;</li>
 *   <li>everything else: Camunda's own rule, the model's {@code historyTimeToLive} after the
 *       end.</li>
 * </ul>
 * Every answer for a process instance is written to the register of scheduled removals, so the
 * clean-up and verification can tell the product's removal times from any other.
 */
@Component
class RetentionRemovalTimes implements HistoryRemovalTimeProvider {

  private final HistoryRemovalTimeProvider modelTimeToLive =
      new DefaultHistoryRemovalTimeProvider();
  // looked up when first used: the engine is configured before the JPA repositories exist
  private final ObjectProvider<LegalHoldRepository> holds;
  private final ObjectProvider<RetentionDecisionRepository> decisions;
  private final ObjectProvider<ScheduledRemovalRepository> scheduled;
  private final RetentionProperties properties;
  private final Clock clock;

  RetentionRemovalTimes(ObjectProvider<LegalHoldRepository> holds,
      ObjectProvider<RetentionDecisionRepository> decisions,
      ObjectProvider<ScheduledRemovalRepository> scheduled, RetentionProperties properties,
      Clock clock) {
    this.holds = holds;
    this.decisions = decisions;
    this.scheduled = scheduled;
    this.properties = properties;
    this.clock = clock;
  }

  @Override
  public Date calculateRemovalTime(HistoricProcessInstanceEventEntity instance,
      ProcessDefinition definition) {
    String root = instance.getRootProcessInstanceId() != null
        ? instance.getRootProcessInstanceId() : instance.getProcessInstanceId();
    Date removalTime = removalTime(root, instance, definition);
    ScheduledRemovalRepository register = scheduled.getObject();
    ScheduledRemoval row = register.findById(root)
        .orElseGet(() -> new ScheduledRemoval(root, instance.getProcessDefinitionKey()));
    row.decide(removalTime == null ? null : removalTime.toInstant(), clock.instant());
    register.save(row);
    return removalTime;
  }

  private Date removalTime(String root, HistoricProcessInstanceEventEntity instance,
      ProcessDefinition definition) {
    if (holds.getObject().existsByProcessInstanceIdAndReleasedAtIsNull(root)) {
      return null;
    }
    Date byModel = modelTimeToLive.calculateRemovalTime(instance, definition);
    if (byModel == null || instance.getEndTime() == null) {
      return byModel;
    }
    return decisions.getObject().findByProcessInstanceId(root)
        .filter(decision -> decision.getKeepUntil() != null)
        .map(decision -> Date.from(removalTime(decision, instance.getEndTime().toInstant())))
        .orElse(byModel);
  }

  private Instant removalTime(RetentionDecision decision, Instant ended) {
    Instant byPerson = decision.getKeepUntil().atStartOfDay(EngineClock.SCHOOL_ZONE).toInstant();
    if (decision.getRetentionClass() != RetentionClass.ALLEGATION) {
      return byPerson;
    }
    Instant byClosure = ZonedDateTime.ofInstant(ended, EngineClock.SCHOOL_ZONE)
        .plus(properties.allegationsKeptAtLeast()).toInstant();
    return byPerson.isAfter(byClosure) ? byPerson : byClosure;
  }

  @Override
  public Date calculateRemovalTime(HistoricDecisionInstanceEntity instance,
      DecisionDefinition definition) {
    return modelTimeToLive.calculateRemovalTime(instance, definition);
  }

  @Override
  public Date calculateRemovalTime(HistoricBatchEntity batch) {
    return modelTimeToLive.calculateRemovalTime(batch);
  }
}
