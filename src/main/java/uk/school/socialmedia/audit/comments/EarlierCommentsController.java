package uk.school.socialmedia.audit.comments;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import org.camunda.bpm.engine.HistoryService;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import uk.school.socialmedia.platform.process.RuleViolation;

/**
 * The earlier text of a task's (or a process instance's) comments, for anyone who may read that
 * task's (or instance's) history: the engine's authorizations decide, as the signed-in user.
 * Unknown and not readable get the same answer.
 */
@RestController
@RequestMapping("/api/comments/earlier-versions")
class EarlierCommentsController {

  record EarlierVersion(String commentId, String author, String earlierText, Instant writtenAt,
      CommentRevision.Change change, String changedBy, Instant changedAt) {

    static EarlierVersion of(CommentRevision revision) {
      return new EarlierVersion(revision.getCommentId(), revision.getAuthor(),
          revision.getEarlierText(), revision.getWrittenAt(), revision.getChange(),
          revision.getChangedBy(), revision.getChangedAt());
    }
  }

  private final CommentRevisionRepository revisions;
  private final HistoryService history;

  EarlierCommentsController(CommentRevisionRepository revisions, HistoryService history) {
    this.revisions = revisions;
    this.history = history;
  }

  @GetMapping
  List<EarlierVersion> earlierVersions(@RequestParam(required = false) String taskId,
      @RequestParam(required = false) String processInstanceId) {
    if ((taskId == null) == (processInstanceId == null)) {
      throw new RuleViolation("Please give either the task or the process instance.");
    }
    if (taskId != null) {
      if (history.createHistoricTaskInstanceQuery().taskId(taskId).count() == 0) {
        throw new NoSuchElementException("No task whose comments you may read.");
      }
      return revisions.findByTaskIdOrderByIdAsc(taskId).stream().map(EarlierVersion::of).toList();
    }
    if (history.createHistoricProcessInstanceQuery().processInstanceId(processInstanceId)
        .count() == 0) {
      throw new NoSuchElementException("No process whose comments you may read.");
    }
    return revisions.findByProcessInstanceIdAndTaskIdIsNullOrderByIdAsc(processInstanceId)
        .stream().map(EarlierVersion::of).toList();
  }

  @ExceptionHandler(NoSuchElementException.class)
  ResponseEntity<Map<String, Object>> unknown(NoSuchElementException e) {
    return ResponseEntity.status(HttpStatus.NOT_FOUND).body(Map.of("message", e.getMessage()));
  }
}
