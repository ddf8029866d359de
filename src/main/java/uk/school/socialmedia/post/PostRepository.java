package uk.school.socialmedia.post;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface PostRepository extends JpaRepository<Post, Long> {

  Optional<Post> findByProcessInstanceId(String processInstanceId);

  @Query("select p from Post p join p.learners l where l = ?1 and p.status in ?2 order by p.id")
  List<Post> findShowing(String learnerReference, Collection<PostStatus> statuses);

  List<Post> findByStatusOrderByPublishedAtDesc(PostStatus status);

  List<Post> findByChannelIdOrderByIdAsc(Long channelId);

  boolean existsByChannelId(Long channelId);
}
