package uk.school.socialmedia.platform.security;

import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.identity.WritableIdentityProvider;
import org.camunda.bpm.engine.impl.interceptor.Session;
import org.camunda.bpm.engine.impl.interceptor.SessionFactory;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;

/** Gives the engine the school's user store rules ({@link GuardedIdentityProvider}). */
@Component
class IdentityGuardPlugin extends AbstractProcessEnginePlugin {

  private final SignInThrottle throttle;
  private final ApplicationEventPublisher events;

  IdentityGuardPlugin(SignInThrottle throttle, ApplicationEventPublisher events) {
    this.throttle = throttle;
    this.events = events;
  }

  @Override
  public void preInit(ProcessEngineConfigurationImpl configuration) {
    configuration.setIdentityProviderSessionFactory(new SessionFactory() {
      @Override
      public Class<?> getSessionType() {
        return WritableIdentityProvider.class;
      }

      @Override
      public Session openSession() {
        return new GuardedIdentityProvider(throttle, events);
      }
    });
  }
}
