package uk.school.socialmedia.audit.retention;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

public interface LegalHoldRepository extends JpaRepository<LegalHold, Long> {

  boolean existsByProcessInstanceIdAndReleasedAtIsNull(String processInstanceId);

  List<LegalHold> findByReleasedAtIsNullOrderByHeldAtAsc();
}
