package uk.school.socialmedia.consent;

import java.util.Collection;
import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

public interface ConsentRecordRepository extends JpaRepository<ConsentRecord, Long> {

  List<ConsentRecord> findByLearnerReferenceInOrderByIdAsc(Collection<String> learnerReferences);

  List<ConsentRecord> findByLearnerReferenceOrderByIdAsc(String learnerReference);

  List<ConsentRecord> findByLearnerReferenceAndPurposeInAndWithdrawnAtIsNull(
      String learnerReference, Collection<ConsentPurpose> purposes);
}
