package uk.school.socialmedia.audit.retention;

import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

public interface RetentionDecisionRepository extends JpaRepository<RetentionDecision, Long> {

  Optional<RetentionDecision> findByProcessInstanceId(String processInstanceId);

  boolean existsByLearnerReference(String learnerReference);
}
