package uk.school.socialmedia.aup;

import java.util.List;
import org.springframework.data.repository.Repository;

/** The register: signatures are added and read, never changed (no update or delete method). */
interface AupSignatureRepository extends Repository<AupSignature, Long> {

  AupSignature save(AupSignature signature);

  boolean existsByUserIdAndVersionNumber(String userId, int versionNumber);

  List<AupSignature> findByUserIdOrderBySignedAtAsc(String userId);

  List<AupSignature> findByVersionNumberOrderBySignedAtAsc(int versionNumber);

  List<AupSignature> findByProcessInstanceId(String processInstanceId);
}
