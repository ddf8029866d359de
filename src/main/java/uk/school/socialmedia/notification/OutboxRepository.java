package uk.school.socialmedia.notification;

import java.util.List;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;

public interface OutboxRepository extends JpaRepository<OutboxMessage, Long> {

  List<OutboxMessage> findByStatusOrderByIdAsc(OutboxMessage.Status status, Pageable page);

  List<OutboxMessage> findAllByOrderByIdDesc(Pageable page);

  List<OutboxMessage> findByRecipientUserIdOrderByIdAsc(String recipientUserId);
}
