package uk.school.socialmedia.testsupport;

import java.net.HttpCookie;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.util.LinkedMultiValueMap;

/**
 * A person signed in to Camunda's webapps as a browser is: the session cookie, and on every call
 * the {@code X-XSRF-TOKEN} header copied from the latest {@code XSRF-TOKEN} cookie. Calls reach
 * whatever the webapps serve, e.g. {@code ENGINE + "/task"} (the engine API Tasklist and Cockpit
 * use), with JSON bodies. Demo password = user id.
 */
public final class WebappSession {

  /** The webapps' own engine API, which Tasklist and Cockpit call. */
  public static final String ENGINE = "/camunda/api/engine/engine/default";

  private static final String TASKLIST = "/camunda/app/tasklist/default/";

  private final TestRestTemplate rest;
  private final Map<String, String> cookies = new LinkedHashMap<>();

  public WebappSession(TestRestTemplate rest) {
    this.rest = rest;
  }

  /** Signs in to Tasklist as this demo user; fails the test if the sign-in is refused. */
  public WebappSession signIn(String user) {
    return signIn(user, user);
  }

  public WebappSession signIn(String user, String password) {
    get(TASKLIST);
    var form = new LinkedMultiValueMap<String, String>();
    form.add("username", user);
    form.add("password", password);
    HttpHeaders headers = headers();
    headers.setContentType(MediaType.APPLICATION_FORM_URLENCODED);
    ResponseEntity<String> signedIn = remember(rest.exchange(
        "/camunda/api/admin/auth/user/default/login/tasklist", HttpMethod.POST,
        new HttpEntity<>(form, headers), String.class));
    if (signedIn.getStatusCode() != HttpStatus.OK) {
      throw new AssertionError("Could not sign in to the webapps as " + user + ": " + signedIn);
    }
    // signing in starts a new session, whose CSRF token a first read hands out
    get(TASKLIST);
    return this;
  }

  public ResponseEntity<String> get(String path) {
    return exchange(HttpMethod.GET, path, null);
  }

  public ResponseEntity<String> post(String path, Object jsonBody) {
    return exchange(HttpMethod.POST, path, jsonBody);
  }

  public ResponseEntity<String> put(String path, Object jsonBody) {
    return exchange(HttpMethod.PUT, path, jsonBody);
  }

  public ResponseEntity<String> delete(String path) {
    return exchange(HttpMethod.DELETE, path, null);
  }

  public ResponseEntity<String> exchange(HttpMethod method, String path, Object jsonBody) {
    HttpHeaders headers = headers();
    headers.setContentType(MediaType.APPLICATION_JSON);
    headers.setAccept(List.of(MediaType.APPLICATION_JSON, MediaType.ALL));
    return remember(rest.exchange(path, method, new HttpEntity<>(jsonBody, headers), String.class));
  }

  private HttpHeaders headers() {
    HttpHeaders headers = new HttpHeaders();
    if (!cookies.isEmpty()) {
      headers.set(HttpHeaders.COOKIE, cookies.entrySet().stream()
          .map(cookie -> cookie.getKey() + "=" + cookie.getValue())
          .collect(Collectors.joining("; ")));
    }
    String token = cookies.get("XSRF-TOKEN");
    if (token != null) {
      headers.set("X-XSRF-TOKEN", token);
    }
    return headers;
  }

  private ResponseEntity<String> remember(ResponseEntity<String> response) {
    for (String header : response.getHeaders().getOrEmpty(HttpHeaders.SET_COOKIE)) {
      for (HttpCookie cookie : HttpCookie.parse(header)) {
        if (cookie.getMaxAge() == 0) {
          cookies.remove(cookie.getName());
        } else {
          cookies.put(cookie.getName(), cookie.getValue());
        }
      }
    }
    return response;
  }
}
