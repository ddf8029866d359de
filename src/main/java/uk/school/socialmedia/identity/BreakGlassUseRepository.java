package uk.school.socialmedia.identity;

import java.time.Instant;
import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

public interface BreakGlassUseRepository extends JpaRepository<BreakGlassUse, Long> {

  boolean existsByUserIdAndKindAndNoticeSentTrueAndUsedAtAfter(String userId,
      BreakGlassUse.Kind kind, Instant after);

  List<BreakGlassUse> findByUserIdOrderByIdAsc(String userId);
}
