package uk.school.socialmedia.consent;

import java.util.List;
import org.springframework.beans.factory.ObjectProvider;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/**
 * Every published post that shows the learner becomes a takedown with a due date. Every
 * {@link PublishedImages} bean is asked, so a further source of published images adds to the
 * list instead of replacing another.
 */
@Component("findPublishedImages")
class FindPublishedImages implements JavaDelegate {

  private final ObjectProvider<PublishedImages> publishedImages;
  private final ConsentTakedowns takedowns;

  FindPublishedImages(ObjectProvider<PublishedImages> publishedImages,
      ConsentTakedowns takedowns) {
    this.publishedImages = publishedImages;
    this.takedowns = takedowns;
  }

  @Override
  public void execute(DelegateExecution execution) {
    String reference = (String) execution.getVariable(ConsentVariables.LEARNER);
    List<PublishedImage> images = publishedImages.orderedStream()
        .flatMap(source -> source.showing(reference).stream()).toList();
    takedowns.request(execution.getProcessInstanceId(), reference, images);
    execution.setVariable(ConsentVariables.PUBLISHED_IMAGES_FOUND, images.size());
  }
}
