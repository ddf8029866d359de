package uk.school.socialmedia.platform.web;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Set;
import org.springframework.http.HttpStatus;
import org.springframework.http.InvalidMediaTypeException;
import org.springframework.http.MediaType;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * The product's API takes JSON, and CSV for the learner import: nothing a browser may send from
 * another site without asking first (a form posts as form fields, multipart or plain text). So a
 * page elsewhere cannot make a signed-in browser change anything here, although the API has no
 * CSRF token (it keeps no session; browsers resend Basic credentials by themselves).
 */
public class ApiContentTypes extends OncePerRequestFilter {

  static final String ONLY_JSON =
      "Send this as JSON (Content-Type: application/json); the learner import takes CSV "
          + "(Content-Type: text/csv).";

  private static final Set<String> CHANGES = Set.of("POST", "PUT", "PATCH");
  private static final MediaType CSV = MediaType.parseMediaType("text/csv");

  @Override
  protected boolean shouldNotFilter(HttpServletRequest request) {
    return !CHANGES.contains(request.getMethod());
  }

  @Override
  protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response,
      FilterChain chain) throws ServletException, IOException {
    if (accepted(request.getContentType())) {
      chain.doFilter(request, response);
      return;
    }
    response.setStatus(HttpStatus.UNSUPPORTED_MEDIA_TYPE.value());
    response.setContentType(MediaType.APPLICATION_JSON_VALUE);
    response.setCharacterEncoding("UTF-8");
    response.getWriter().write(
        "{\"type\":\"UnsupportedMediaType\",\"message\":\"" + ONLY_JSON + "\"}");
  }

  private static boolean accepted(String contentType) {
    if (contentType == null) {
      return false;
    }
    try {
      MediaType type = MediaType.parseMediaType(contentType);
      return MediaType.APPLICATION_JSON.isCompatibleWith(type)
          || "json".equals(type.getSubtypeSuffix()) && "application".equals(type.getType())
          || CSV.equalsTypeAndSubtype(type);
    } catch (InvalidMediaTypeException malformed) {
      return false;
    }
  }
}
