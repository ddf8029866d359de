package uk.school.socialmedia.audit.comments;

import uk.school.socialmedia.platform.process.EngineInterceptors;
import java.time.Clock;
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
    EngineInterceptors.insideEveryCommand(configuration,
        new CommentsByTheirAuthor(revisions, clock));
  }
}
