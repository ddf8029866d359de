package uk.school.socialmedia.audit.comments;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

public interface CommentRevisionRepository extends JpaRepository<CommentRevision, Long> {

  List<CommentRevision> findByTaskIdOrderByIdAsc(String taskId);

  List<CommentRevision> findByProcessInstanceIdAndTaskIdIsNullOrderByIdAsc(
      String processInstanceId);
}
