package uk.school.socialmedia.post;

import java.util.List;
import org.springframework.stereotype.Component;
import uk.school.socialmedia.channel.ChannelRegister;
import uk.school.socialmedia.consent.PublishedImage;
import uk.school.socialmedia.consent.PublishedImages;

/** For a withdrawal of consent: every published post showing the learner, and who can take it down. */
@Component
class PublishedPostsShowingLearner implements PublishedImages {

  private final PostRegister register;
  private final ChannelRegister channels;

  PublishedPostsShowingLearner(PostRegister register, ChannelRegister channels) {
    this.register = register;
    this.channels = channels;
  }

  @Override
  public List<PublishedImage> showing(String learnerReference) {
    return register.showing(learnerReference, List.of(PostStatus.PUBLISHED)).stream()
        .map(post -> new PublishedImage(post.getProcessInstanceId(), post.getChannelName(),
            post.getPublishedUrl(), channels.find(post.getChannelId())
                .map(channel -> List.copyOf(channel.getManagers())).orElse(List.of())))
        .toList();
  }
}
