package uk.school.socialmedia.platform.web;

import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.core.Response;
import java.util.List;

/**
 * Camunda passes {@code firstResult} and {@code maxResults} to the database unchecked, where a
 * negative one fails as a 500 "exception in the persistence layer". They are refused first.
 */
public class RefuseNegativePaging implements ContainerRequestFilter {

  private static final List<String> PAGING = List.of("firstResult", "maxResults");

  @Override
  public void filter(ContainerRequestContext request) {
    var parameters = request.getUriInfo().getQueryParameters();
    for (String name : PAGING) {
      for (String value : parameters.getOrDefault(name, List.of())) {
        if (!value.matches("\\d{1,9}")) {
          request.abortWith(EngineErrorResponses.refusal(Response.Status.BAD_REQUEST,
              "InvalidRequestException",
              name + " must be a whole number, 0 or more (it was \"" + value + "\")."));
          return;
        }
      }
    }
  }
}
