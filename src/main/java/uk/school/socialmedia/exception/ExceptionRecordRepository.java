package uk.school.socialmedia.exception;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

interface ExceptionRecordRepository extends JpaRepository<ExceptionRecord, Long> {

  Optional<ExceptionRecord> findByProcessInstanceId(String processInstanceId);

  /** Active and not past their end date: what is in force on {@code day}. */
  List<ExceptionRecord> findByStatusAndEndDateGreaterThanEqualOrderByEndDateAscIdAsc(
      ExceptionStatus status, LocalDate day);
}
