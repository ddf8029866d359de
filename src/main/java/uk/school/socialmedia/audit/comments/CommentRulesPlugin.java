package uk.school.socialmedia.audit.comments;

import java.time.Clock;
import java.util.ArrayList;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;

/** Gives the engine the comment rules ({@link CommentsByTheirAuthor}), inside each command. */
@Component
class CommentRulesPlugin extends AbstractProcessEnginePlugin {

  private final ObjectProvider<CommentRevisionRepository> revisions;
  private final Clock clock;

  CommentRulesPlugin(ObjectProvider<CommentRevisionRepository> revisions, Clock clock) {
    this.revisions = revisions;
    this.clock = clock;
  }

  @Override
  public void preInit(ProcessEngineConfigurationImpl configuration) {
    if (configuration.getCustomPostCommandInterceptorsTxRequired() == null) {
      configuration.setCustomPostCommandInterceptorsTxRequired(new ArrayList<>());
    }
    configuration.getCustomPostCommandInterceptorsTxRequired()
        .add(new CommentsByTheirAuthor(revisions, clock));
  }
}
