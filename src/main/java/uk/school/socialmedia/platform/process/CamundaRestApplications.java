package uk.school.socialmedia.platform.process;

import jakarta.annotation.Priority;
import jakarta.ws.rs.ConstrainedTo;
import jakarta.ws.rs.RuntimeType;
import jakarta.ws.rs.core.FeatureContext;
import org.glassfish.jersey.internal.spi.AutoDiscoverable;
import org.glassfish.jersey.internal.spi.ForcedAutoDiscoverable;

/**
 * Adds the product's rules to every Jersey application in the server: Camunda's REST API
 * (/engine-rest) and each of the webapps' own APIs (/camunda/api/...), which Camunda builds
 * itself, so no configuration class of ours can reach them. Declared in
 * {@code META-INF/services/org.glassfish.jersey.internal.spi.ForcedAutoDiscoverable}.
 */
@ConstrainedTo(RuntimeType.SERVER)
@Priority(AutoDiscoverable.DEFAULT_PRIORITY)
public class CamundaRestApplications implements ForcedAutoDiscoverable {

  @Override
  public void configure(FeatureContext context) {
    if (!context.getConfiguration().isRegistered(FormSubmissionFilter.class)) {
      context.register(FormSubmissionFilter.class);
    }
  }
}
