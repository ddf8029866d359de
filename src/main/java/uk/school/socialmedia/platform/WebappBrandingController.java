package uk.school.socialmedia.platform;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.http.CacheControl;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

/**
 * Serves the Camunda webapps' customisation files in place of the ones shipped in the webjar
 * (request mappings win over static resources): the school's name, en-GB date formats, and no
 * "migrate to Camunda 8" banner, which would only confuse school staff.
 */
@RestController
class WebappBrandingController {

  private static final List<String> APPS = List.of("tasklist", "cockpit", "admin", "welcome");
  private static final String HIDE_BANNER = ".ce-eol-banner { display: none !important; }\n";

  private final SchoolProperties school;
  private final ObjectMapper json;

  WebappBrandingController(SchoolProperties school, ObjectMapper json) {
    this.school = school;
    this.json = json;
  }

  @GetMapping("/camunda/app/{app}/scripts/config.js")
  ResponseEntity<String> config(@PathVariable String app) throws JsonProcessingException {
    if (!APPS.contains(app)) {
      return ResponseEntity.notFound().build();
    }
    Map<String, Object> config = new LinkedHashMap<>();
    config.put("app", Map.of("name", displayName(app), "vendor", school.name()));
    config.put("locales", Map.of("availableLocales", List.of("en"), "fallbackLocale", "en"));
    // moment.js formats: 25/11/2026 14:30 rather than the US "November 25, 2026 2:30 PM"
    config.put("dateFormat", Map.of(
        "monthName", "MMM", "day", "DD", "abbr", "DD/MM/YYYY HH:mm",
        "normal", "DD/MM/YYYY HH:mm", "long", "dddd D MMMM YYYY HH:mm", "short", "DD/MM/YYYY"));
    config.put("disableWelcomeMessage", true);
    return ResponseEntity.ok()
        .contentType(MediaType.valueOf("application/javascript"))
        .cacheControl(CacheControl.noCache())
        .body("export default " + json.writeValueAsString(config) + ";\n");
  }

  @GetMapping("/camunda/app/{app}/styles/user-styles.css")
  ResponseEntity<String> styles(@PathVariable String app) {
    if (!APPS.contains(app)) {
      return ResponseEntity.notFound().build();
    }
    return ResponseEntity.ok()
        .contentType(MediaType.valueOf("text/css"))
        .cacheControl(CacheControl.noCache())
        .body(HIDE_BANNER);
  }

  private static String displayName(String app) {
    return switch (app) {
      case "tasklist" -> "Tasklist";
      case "cockpit" -> "Cockpit";
      case "admin" -> "Admin";
      default -> "Welcome";
    };
  }
}
