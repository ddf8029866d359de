package uk.school.socialmedia.audit.ledger;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.camunda.bpm.engine.history.HistoricDecisionInputInstance;
import org.camunda.bpm.engine.history.HistoricDecisionOutputInstance;
import org.camunda.bpm.engine.impl.history.event.HistoricActivityInstanceEventEntity;
import org.camunda.bpm.engine.impl.history.event.HistoricDecisionEvaluationEvent;
import org.camunda.bpm.engine.impl.history.event.HistoricDecisionInstanceEntity;
import org.camunda.bpm.engine.impl.history.event.HistoricDetailEventEntity;
import org.camunda.bpm.engine.impl.history.event.HistoricIdentityLinkLogEventEntity;
import org.camunda.bpm.engine.impl.history.event.HistoricIncidentEventEntity;
import org.camunda.bpm.engine.impl.history.event.HistoricProcessInstanceEventEntity;
import org.camunda.bpm.engine.impl.history.event.HistoricTaskInstanceEventEntity;
import org.camunda.bpm.engine.impl.history.event.HistoricVariableUpdateEventEntity;
import org.camunda.bpm.engine.impl.history.event.HistoryEvent;
import org.camunda.bpm.engine.impl.history.event.UserOperationLogEntryEventEntity;

/**
 * The Camunda history tables the ledger seals, and which rows a history event writes.
 * REMOVAL_TIME_ is left out of every record: the engine sets it in bulk, without an event, when
 * a process ends and when retention changes. ANNOTATION_ likewise (set in bulk; the operation log
 * records each annotation change). Job logs, batches and external-task logs are operational.
 */
final class HistoryTables {

  private static final Set<String> REMOVAL = Set.of("REMOVAL_TIME_");
  private static final Set<String> REMOVAL_ANNOTATION = Set.of("REMOVAL_TIME_", "ANNOTATION_");

  static final AuditedTable PROCESS_INSTANCES = table("ACT_HI_PROCINST", false, REMOVAL);
  static final AuditedTable ACTIVITIES = table("ACT_HI_ACTINST", false, REMOVAL);
  static final AuditedTable TASKS = table("ACT_HI_TASKINST", false, REMOVAL);
  static final AuditedTable VARIABLES = table("ACT_HI_VARINST", true, REMOVAL);
  static final AuditedTable DETAILS = table("ACT_HI_DETAIL", true, REMOVAL);
  static final AuditedTable IDENTITY_LINKS = table("ACT_HI_IDENTITYLINK", false, REMOVAL);
  static final AuditedTable OPERATION_LOG = table("ACT_HI_OP_LOG", false, REMOVAL_ANNOTATION);
  static final AuditedTable INCIDENTS = table("ACT_HI_INCIDENT", false, REMOVAL_ANNOTATION);
  static final AuditedTable DECISIONS = table("ACT_HI_DECINST", false, REMOVAL);
  static final AuditedTable DECISION_INPUTS = table("ACT_HI_DEC_IN", true, REMOVAL);
  static final AuditedTable DECISION_OUTPUTS = table("ACT_HI_DEC_OUT", true, REMOVAL);
  /** Comments on tasks and instances; written without history events ({@link JournalTaskNotes}). */
  static final AuditedTable COMMENTS = table("ACT_HI_COMMENT", false, REMOVAL);
  /** Attachments' descriptions and links; the content is referenced by id, not hashed. */
  static final AuditedTable ATTACHMENTS = table("ACT_HI_ATTACHMENT", false, REMOVAL);

  static final List<AuditedTable> ALL = List.of(PROCESS_INSTANCES, ACTIVITIES, TASKS, VARIABLES,
      DETAILS, IDENTITY_LINKS, OPERATION_LOG, INCIDENTS, DECISIONS, DECISION_INPUTS,
      DECISION_OUTPUTS, COMMENTS, ATTACHMENTS);

  private HistoryTables() {}

  private static AuditedTable table(String name, boolean withByteArray, Set<String> excluded) {
    return new AuditedTable(name, "ID_", withByteArray, excluded);
  }

  /** A row an event wrote (or removed). */
  record Row(AuditedTable table, String id) {}

  /** The rows an event touched; read after the engine has flushed, when every id is assigned. */
  static List<Row> rowsOf(HistoryEvent event) {
    List<Row> rows = new ArrayList<>();
    if (event instanceof HistoricVariableUpdateEventEntity variable) {
      add(rows, VARIABLES, variable.getVariableInstanceId());
      add(rows, DETAILS, variable.getId());
    } else if (event instanceof HistoricDetailEventEntity detail) {
      add(rows, DETAILS, detail.getId());
    } else if (event instanceof HistoricProcessInstanceEventEntity) {
      add(rows, PROCESS_INSTANCES, event.getId());
    } else if (event instanceof HistoricActivityInstanceEventEntity) {
      add(rows, ACTIVITIES, event.getId());
    } else if (event instanceof HistoricTaskInstanceEventEntity) {
      add(rows, TASKS, event.getId());
    } else if (event instanceof HistoricIdentityLinkLogEventEntity) {
      add(rows, IDENTITY_LINKS, event.getId());
    } else if (event instanceof UserOperationLogEntryEventEntity) {
      add(rows, OPERATION_LOG, event.getId());
    } else if (event instanceof HistoricIncidentEventEntity) {
      add(rows, INCIDENTS, event.getId());
    } else if (event instanceof HistoricDecisionEvaluationEvent evaluation) {
      addDecision(rows, evaluation.getRootHistoricDecisionInstance());
      if (evaluation.getRequiredHistoricDecisionInstances() != null) {
        evaluation.getRequiredHistoricDecisionInstances().forEach(d -> addDecision(rows, d));
      }
    }
    return rows;
  }

  static boolean audited(HistoryEvent event) {
    return event instanceof HistoricDetailEventEntity
        || event instanceof HistoricProcessInstanceEventEntity
        || event instanceof HistoricActivityInstanceEventEntity
        || event instanceof HistoricTaskInstanceEventEntity
        || event instanceof HistoricIdentityLinkLogEventEntity
        || event instanceof UserOperationLogEntryEventEntity
        || event instanceof HistoricIncidentEventEntity
        || event instanceof HistoricDecisionEvaluationEvent;
  }

  private static void addDecision(List<Row> rows, HistoricDecisionInstanceEntity decision) {
    if (decision == null) {
      return;
    }
    add(rows, DECISIONS, decision.getId());
    if (decision.getInputs() != null) {
      for (HistoricDecisionInputInstance input : decision.getInputs()) {
        add(rows, DECISION_INPUTS, input.getId());
      }
    }
    if (decision.getOutputs() != null) {
      for (HistoricDecisionOutputInstance output : decision.getOutputs()) {
        add(rows, DECISION_OUTPUTS, output.getId());
      }
    }
  }

  private static void add(List<Row> rows, AuditedTable table, String id) {
    if (id != null) {
      rows.add(new Row(table, id));
    }
  }
}
