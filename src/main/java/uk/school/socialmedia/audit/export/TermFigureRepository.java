package uk.school.socialmedia.audit.export;

import java.time.LocalDate;
import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

interface TermFigureRepository extends JpaRepository<TermFigure, Long> {

  List<TermFigure> findByTermFirstAndTermLastOrderByPosition(LocalDate first, LocalDate last);
}
