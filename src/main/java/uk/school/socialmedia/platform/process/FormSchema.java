package uk.school.socialmedia.platform.process;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * What a Camunda Form (a {@code forms/*.form} file) lets its user send: its keyed fields, which
 * of them the user may edit, their kind, their choices, their length limit and the condition
 * that hides them. Tasklist submits every visible keyed field that is not {@code disabled}
 * (read-only data is shown disabled, so it is never sent back), and never a hidden one.
 */
public final class FormSchema {

  private static final ObjectMapper JSON = new ObjectMapper();

  private final Map<String, Field> fields;

  private FormSchema(Map<String, Field> fields) {
    this.fields = Collections.unmodifiableMap(fields);
  }

  /** One keyed field of the form. */
  public record Field(String key, String type, String label, boolean editable,
      String hideCondition, Integer maxLength, List<String> values, String valuesKey,
      String subtype) {

    /** The label a person sees, or the key when a field has none. */
    public String name() {
      return label == null || label.isBlank() ? key : label;
    }

    /** The longest text this field takes: its own limit, never more than the engine holds. */
    public int longestText() {
      return maxLength == null ? FormRules.LONGEST_TEXT
          : Math.min(maxLength, FormRules.LONGEST_TEXT);
    }
  }

  public static FormSchema parse(InputStream form) throws IOException {
    Map<String, Field> fields = new LinkedHashMap<>();
    collect(JSON.readTree(form).path("components"), null, fields);
    return new FormSchema(fields);
  }

  /** What a step without a form of its own accepts: nothing. */
  public static FormSchema none() {
    return new FormSchema(new LinkedHashMap<>());
  }

  public Map<String, Field> fields() {
    return fields;
  }

  private static void collect(JsonNode components, String groupHide, Map<String, Field> into) {
    for (JsonNode component : components) {
      String hide = condition(component, groupHide);
      if (component.has("components")) {
        collect(component.get("components"), hide, into);
      }
      String key = text(component, "key");
      if (key == null) {
        continue; // text views, headings, groups
      }
      boolean editable = !component.path("disabled").asBoolean(false)
          && !component.path("readonly").asBoolean(false);
      JsonNode validate = component.path("validate");
      Integer maxLength = validate.has("maxLength") ? validate.get("maxLength").asInt() : null;
      List<String> values = new ArrayList<>();
      component.path("values").forEach(value -> values.add(value.path("value").asText()));
      into.put(key, new Field(key, text(component, "type"), text(component, "label"), editable,
          hide, maxLength, List.copyOf(values), text(component, "valuesKey"),
          text(component, "subtype")));
    }
  }

  /** A field is hidden when its own condition or its group's holds. */
  private static String condition(JsonNode component, String groupHide) {
    String own = text(component.path("conditional"), "hide");
    if (own == null) {
      return groupHide;
    }
    String expression = own.startsWith("=") ? own.substring(1) : own;
    return groupHide == null ? expression : "(" + groupHide + ") or (" + expression + ")";
  }

  private static String text(JsonNode node, String name) {
    JsonNode value = node.get(name);
    return value == null || value.isNull() ? null : value.asText();
  }
}
