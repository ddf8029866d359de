package uk.school.socialmedia.identity;

import uk.school.socialmedia.platform.process.EngineInterceptors;
import jakarta.servlet.http.HttpServletRequest;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.identity.Authentication;
import org.camunda.bpm.engine.impl.interceptor.Command;
import org.camunda.bpm.engine.impl.interceptor.CommandInterceptor;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;
import uk.school.socialmedia.platform.security.CurrentRequest;

/**
 * Notices every use of emergency access where it meets the engine, whichever way in (Cockpit,
 * Tasklist, either REST API, the product's pages): a request whose signed-in user holds
 * {@code break-glass} is recorded once ({@link BreakGlassRecord}) before the engine answers it.
 */
@Component
class BreakGlassPlugin extends AbstractProcessEnginePlugin {

  private static final String RECORDED = BreakGlassPlugin.class.getName() + ".recorded";
  private static final ThreadLocal<Boolean> RECORDING = ThreadLocal.withInitial(() -> false);

  private final ObjectProvider<BreakGlassRecord> record;

  BreakGlassPlugin(ObjectProvider<BreakGlassRecord> record) {
    this.record = record;
  }

  @Override
  public void preInit(ProcessEngineConfigurationImpl configuration) {
    EngineInterceptors.aroundEveryCommand(configuration, new CommandInterceptor() {
      @Override
      public <T> T execute(Command<T> command) {
        recordIfBreakGlass(configuration.getIdentityService());
        return next.execute(command);
      }
    });
  }

  private void recordIfBreakGlass(IdentityService identity) {
    Authentication user = identity.getCurrentAuthentication();
    if (RECORDING.get() || user == null || user.getGroupIds() == null
        || !user.getGroupIds().contains(SchoolGroup.BREAK_GLASS.id())) {
      return;
    }
    HttpServletRequest request = CurrentRequest.get().orElse(null);
    if (request != null && request.getAttribute(RECORDED) != null) {
      return;
    }
    RECORDING.set(true);
    identity.clearAuthentication();
    try {
      record.getObject().used(user.getUserId(), CurrentRequest.describe());
      if (request != null) {
        request.setAttribute(RECORDED, true);
      }
    } finally {
      identity.setAuthentication(user);
      RECORDING.remove();
    }
  }
}
