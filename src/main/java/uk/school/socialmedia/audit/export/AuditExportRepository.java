package uk.school.socialmedia.audit.export;

import java.util.List;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

interface AuditExportRepository extends JpaRepository<AuditExport, String> {

  List<AuditExport> findByOrderByRequestedAtDescIdDesc(Pageable page);

  /**
   * Progress only, while the export runs: its other fields are not touched. Its own
   * transaction, since the registers are read inside a read-only one.
   */
  @Transactional(propagation = Propagation.REQUIRES_NEW)
  @Modifying
  @Query("update AuditExport e set e.percentDone = :percent where e.id = :id")
  void progress(String id, int percent);
}
