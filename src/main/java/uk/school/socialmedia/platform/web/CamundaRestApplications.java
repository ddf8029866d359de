package uk.school.socialmedia.platform.web;

import jakarta.ws.rs.ConstrainedTo;
import jakarta.ws.rs.RuntimeType;
import jakarta.ws.rs.core.FeatureContext;
import org.glassfish.jersey.internal.spi.ForcedAutoDiscoverable;
import uk.school.socialmedia.platform.process.FormSubmissionFilter;

/**
 * Adds the product's error answers, request checks and form rules to every Jersey application in the server:
 * the REST API (/engine-rest) and each of the webapps' own (/camunda/api/engine, tasklist,
 * cockpit, admin, welcome). The webapps build theirs from fixed class lists with no hook for
 * extra providers, and their plugin SPI does not reach the engine API Tasklist submits forms to;
 * Jersey applies this (listed in META-INF/services) to every application it starts, so both
 * surfaces answer alike.
 */
@ConstrainedTo(RuntimeType.SERVER)
public class CamundaRestApplications implements ForcedAutoDiscoverable {

  @Override
  public void configure(FeatureContext context) {
    if (!context.getConfiguration().isRegistered(EngineErrorResponses.ForEngineFailures.class)) {
      context.register(EngineErrorResponses.ForAnyFailure.class);
      context.register(EngineErrorResponses.ForEngineFailures.class);
      context.register(EngineErrorResponses.ForRestFailures.class);
      context.register(RefuseNegativePaging.class);
      context.register(RefuseMalformedJsonValues.class);
      context.register(FormSubmissionFilter.class);
    }
  }
}
