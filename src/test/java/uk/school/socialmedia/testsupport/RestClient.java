package uk.school.socialmedia.testsupport;

import java.util.Map;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;

/** Calls the running application over HTTP as a given user (demo password = user id). */
public final class RestClient {

  private final TestRestTemplate rest;

  public RestClient(TestRestTemplate rest) {
    this.rest = rest;
  }

  public ResponseEntity<String> get(String user, String path) {
    return exchange(user, HttpMethod.GET, path, null);
  }

  public ResponseEntity<String> post(String user, String path, Object jsonBody) {
    return exchange(user, HttpMethod.POST, path, jsonBody);
  }

  public ResponseEntity<String> exchange(String user, HttpMethod method, String path, Object body) {
    HttpHeaders headers = new HttpHeaders();
    headers.setContentType(MediaType.APPLICATION_JSON);
    headers.setAccept(java.util.List.of(MediaType.APPLICATION_JSON, MediaType.ALL));
    if (user != null) {
      headers.setBasicAuth(user, user);
    }
    return rest.exchange(path, method, new HttpEntity<>(body, headers), String.class);
  }

  /** A Camunda REST variable map: {"name": {"value": v}}. */
  public static Map<String, Object> variables(Map<String, ?> values) {
    var variables = new java.util.LinkedHashMap<String, Object>();
    values.forEach((name, value) -> variables.put(name, Map.of("value", value)));
    return variables;
  }
}
