package uk.school.socialmedia.audit.export;

import java.time.Instant;
import java.util.List;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import uk.school.socialmedia.audit.ExportSummary.State;

interface AuditExportRepository extends JpaRepository<AuditExport, String> {

  List<AuditExport> findByOrderByRequestedAtDescIdDesc(Pageable page);

  List<AuditExport> findByStateNotAndRequestedAtBefore(State state, Instant cutoff);
}
