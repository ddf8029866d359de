package uk.school.socialmedia.platform.web;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ReaderInterceptor;
import jakarta.ws.rs.ext.ReaderInterceptorContext;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.Iterator;
import java.util.Map;
import org.camunda.bpm.engine.rest.exception.InvalidRequestException;

/**
 * Camunda stores a JSON variable ({@code "type": "Json"}, or an object serialized as JSON) as
 * text without reading it, so a malformed one is accepted and then breaks every later read of
 * the task or process as a 500. Such a value is refused when it is sent.
 */
public class RefuseMalformedJsonValues implements ReaderInterceptor {

  private static final ObjectMapper JSON = new ObjectMapper();

  @Override
  public Object aroundReadFrom(ReaderInterceptorContext context) throws IOException {
    if (context.getMediaType() == null
        || !MediaType.APPLICATION_JSON_TYPE.isCompatible(context.getMediaType())) {
      return context.proceed();
    }
    byte[] body = context.getInputStream().readAllBytes();
    context.setInputStream(new ByteArrayInputStream(body));
    JsonNode request;
    try {
      request = JSON.readTree(body);
    } catch (IOException malformedBody) {
      // Camunda answers a malformed request body itself, with 400
      return context.proceed();
    }
    String malformed = firstMalformedValue(request, null);
    if (malformed != null) {
      throw new InvalidRequestException(Response.Status.BAD_REQUEST,
          "The value of \"" + malformed + "\" is not valid JSON. Correct it and send it again.");
    }
    return context.proceed();
  }

  private static String firstMalformedValue(JsonNode node, String name) {
    if (node == null) {
      return null;
    }
    if (node.isObject() && holdsJsonText(node) && !isJson(node.get("value").asText())) {
      return name;
    }
    if (node.isObject()) {
      for (Iterator<Map.Entry<String, JsonNode>> fields = node.fields(); fields.hasNext(); ) {
        var field = fields.next();
        String found = firstMalformedValue(field.getValue(), field.getKey());
        if (found != null) {
          return found;
        }
      }
    }
    if (node.isArray()) {
      for (JsonNode element : node) {
        String found = firstMalformedValue(element, name);
        if (found != null) {
          return found;
        }
      }
    }
    return null;
  }

  /** A Camunda variable value whose text the engine would store as JSON. */
  private static boolean holdsJsonText(JsonNode value) {
    String type = value.path("type").asText();
    return value.path("value").isTextual()
        && ("json".equalsIgnoreCase(type) || "object".equalsIgnoreCase(type)
            && "application/json".equals(
                value.path("valueInfo").path("serializationDataFormat").asText()));
  }

  private static boolean isJson(String text) {
    try {
      JSON.readTree(text);
      return true;
    } catch (IOException e) {
      return false;
    }
  }
}
