package uk.school.socialmedia.aup;

import java.util.List;
import java.util.Optional;
import org.springframework.data.repository.Repository;

/** Published versions: added, read, never changed (no update or delete method on purpose). */
interface AupVersionRepository extends Repository<AupVersion, Long> {

  AupVersion save(AupVersion version);

  Optional<AupVersion> findTopByOrderByVersionNumberDesc();

  Optional<AupVersion> findByVersionNumber(int versionNumber);

  List<AupVersion> findAllByOrderByVersionNumberAsc();
}
