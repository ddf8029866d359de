package uk.school.socialmedia.consent;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

public interface TakedownRepository extends JpaRepository<Takedown, Long> {

  List<Takedown> findByWithdrawalProcessInstanceIdOrderByIdAsc(String processInstanceId);

  Optional<Takedown> findByTaskId(String taskId);
}
