package uk.school.socialmedia.channel;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

interface ChannelRepository extends JpaRepository<Channel, Long> {

  List<Channel> findByStatusOrderByNameAsc(ChannelStatus status);

  List<Channel> findAllByOrderByNameAsc();

  Optional<Channel> findByProcessInstanceId(String processInstanceId);

  boolean existsByName(String name);
}
