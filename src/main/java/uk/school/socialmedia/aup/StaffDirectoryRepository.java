package uk.school.socialmedia.aup;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

interface StaffDirectoryRepository extends JpaRepository<StaffDirectoryEntry, String> {

  List<StaffDirectoryEntry> findAllByOrderByUserIdAsc();
}
