package uk.school.socialmedia.audit.retention;

import org.springframework.data.jpa.repository.JpaRepository;

public interface ScheduledRemovalRepository extends JpaRepository<ScheduledRemoval, String> {}
