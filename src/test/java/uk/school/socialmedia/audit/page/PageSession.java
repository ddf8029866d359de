package uk.school.socialmedia.audit.page;

import java.io.IOException;
import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * One browser-like session on the governors' page over plain HTTP: keeps the session cookie,
 * follows no redirects (tests look at them), and sends the CSRF token of the last page it read,
 * as a browser submitting that page's form would.
 */
final class PageSession {

  private static final Pattern CSRF = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"");

  private final String base;
  private final HttpClient http;
  private String csrf;

  PageSession(int port) {
    this.base = "http://localhost:" + port;
    this.http = HttpClient.newBuilder().cookieHandler(new CookieManager())
        .followRedirects(HttpClient.Redirect.NEVER).build();
  }

  /** Signs in through the form; demo password = user id (never a wrong one for a demo user). */
  HttpResponse<String> signIn(String user, String password) throws Exception {
    get(GovernorsPageSecurity.SIGN_IN);
    return post(GovernorsPageSecurity.SIGN_IN, Map.of("username", user, "password", password));
  }

  HttpResponse<String> get(String path) throws IOException, InterruptedException {
    return remember(http.send(HttpRequest.newBuilder(URI.create(base + path)).GET().build(),
        HttpResponse.BodyHandlers.ofString()));
  }

  /** Posts a form with the CSRF token of the last page read. */
  HttpResponse<String> post(String path, Map<String, String> fields)
      throws IOException, InterruptedException {
    Map<String, String> withToken = new LinkedHashMap<>(fields);
    if (csrf != null) {
      withToken.put("_csrf", csrf);
    }
    return postExactly(path, withToken);
  }

  /** Posts exactly these fields, e.g. without a CSRF token. */
  HttpResponse<String> postExactly(String path, Map<String, String> fields)
      throws IOException, InterruptedException {
    String body = fields.entrySet().stream()
        .map(field -> encode(field.getKey()) + "=" + encode(field.getValue()))
        .collect(Collectors.joining("&"));
    return remember(http.send(HttpRequest.newBuilder(URI.create(base + path))
        .header("Content-Type", "application/x-www-form-urlencoded")
        .POST(HttpRequest.BodyPublishers.ofString(body)).build(),
        HttpResponse.BodyHandlers.ofString()));
  }

  private HttpResponse<String> remember(HttpResponse<String> response) {
    Matcher token = CSRF.matcher(response.body());
    if (token.find()) {
      csrf = token.group(1);
    }
    return response;
  }

  private static String encode(String value) {
    return URLEncoder.encode(value, StandardCharsets.UTF_8);
  }
}
