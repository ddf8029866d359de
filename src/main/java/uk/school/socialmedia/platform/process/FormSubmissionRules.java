package uk.school.socialmedia.platform.process;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.BiPredicate;
import uk.school.socialmedia.platform.process.FormSchema.Field;

/**
 * A task or start form accepts only what its form lets the user edit: no unknown field, no
 * read-only or hidden field, values of the field's kind, choices from its list, text within its
 * limit. The same for every form of every process, whoever sends it (Tasklist, REST, a script).
 * Each problem is said in words a member of staff can act on.
 */
public final class FormSubmissionRules {

  private static final ObjectMapper JSON = new ObjectMapper();
  private static final Set<String> NUMBER_TYPES = Set.of("integer", "long", "short", "double");
  private static final Set<String> ACCEPTED_TYPES = Set.of(
      "string", "boolean", "integer", "long", "short", "double", "json", "object", "null");
  private static final String JSON_FORMAT = "application/json";

  private FormSubmissionRules() {}

  /**
   * The problems with one submission.
   *
   * @param submitted the REST variables as sent: name to {@code {"value": ..., "type": ...}}
   * @param known the values the form is shown with (the task's variables), for its conditions
   * @param hidden tells whether a FEEL condition holds for the given values
   */
  public static List<String> problems(FormSchema form, Map<String, JsonNode> submitted,
      Map<String, Object> known, BiPredicate<String, Map<String, Object>> hidden) {
    List<String> problems = new ArrayList<>();
    Map<String, Object> values = new HashMap<>(known);
    Map<String, Read> read = new HashMap<>();
    submitted.forEach((name, variable) -> read.put(name, read(name, variable)));
    read.forEach((name, value) -> {
      if (value.problem() == null) {
        values.put(name, value.value());
      }
    });

    read.forEach((name, value) -> {
      Field field = form.fields().get(name);
      if (field == null) {
        problems.add("'" + name + "' is not a field of this form, so it cannot be sent.");
      } else if (!field.editable()) {
        problems.add("'" + field.name() + "' is shown for information only and cannot be"
            + " changed here.");
      } else if (value.problem() != null) {
        problems.add(value.problem());
      } else if (field.hideCondition() != null && hidden.test(field.hideCondition(), values)) {
        problems.add("'" + field.name() + "' does not apply to the answers given, so it cannot"
            + " be sent.");
      } else {
        String problem = kindProblem(field, value.value(), values);
        if (problem != null) {
          problems.add(problem);
        }
      }
    });
    return problems;
  }

  /** A submitted value as Java sees it, or why it cannot be read as anything a form sends. */
  private record Read(Object value, String problem) {
    static Read of(Object value) {
      return new Read(value, null);
    }
  }

  private static Read read(String name, JsonNode variable) {
    String plainValues = "Send plain values: text, numbers, yes or no, or JSON.";
    if (variable == null || !variable.isObject()) {
      return new Read(null, "'" + name + "' was not sent as a value. " + plainValues);
    }
    JsonNode value = variable.path("value");
    String type = variable.hasNonNull("type") ? variable.get("type").asText().toLowerCase() : null;
    String format = variable.path("valueInfo").path("serializationDataFormat").asText();
    if (type != null && !ACCEPTED_TYPES.contains(type)
        || "object".equals(type) && !JSON_FORMAT.equals(format)) {
      // serialized Java (or a file): never what a form sends, and unsafe to read
      return new Read(null, "'" + name + "' is in a form this product does not accept"
          + " (Java's serialization format, files and other objects). " + plainValues);
    }
    if (value.isMissingNode() || value.isNull() || "null".equals(type)) {
      return Read.of(null);
    }
    if ("json".equals(type) || "object".equals(type)) {
      // Tasklist sends a checklist's ticks as an Object in JSON format
      try {
        return Read.of(JSON.treeToValue(JSON.readTree(value.asText()), Object.class));
      } catch (Exception e) {
        return new Read(null, "The value of \"" + name + "\" is not valid JSON. Correct it and"
            + " send it again.");
      }
    }
    boolean fits = value.isTextual() ? type == null || "string".equals(type)
        : value.isBoolean() ? type == null || "boolean".equals(type)
        : value.isNumber() && (type == null || NUMBER_TYPES.contains(type));
    if (!fits) {
      return new Read(null, "'" + name + "' does not hold a value of the type it names. "
          + plainValues);
    }
    return Read.of(value.isTextual() ? value.asText()
        : value.isBoolean() ? (Object) value.asBoolean()
        : value.isIntegralNumber() ? (Object) value.asLong() : (Object) value.asDouble());
  }

  private static String kindProblem(Field field, Object value, Map<String, Object> values) {
    if (value == null) {
      return null; // an empty field; whether it may be empty is the process's own rule
    }
    String name = "'" + field.name() + "'";
    switch (field.type() == null ? "" : field.type()) {
      case "textfield", "textarea" -> {
        if (!(value instanceof String text)) {
          return name + " must be text.";
        }
        if (text.length() > field.longestText()) {
          return field.name() + ": too long, at most " + String.format("%,d",
              field.longestText()) + " characters (" + String.format("%,d", text.length())
              + " were sent).";
        }
      }
      case "number" -> {
        if (!(value instanceof Number)) {
          return name + " must be a number.";
        }
      }
      case "checkbox" -> {
        if (!(value instanceof Boolean)) {
          return name + " must be yes or no (ticked or not).";
        }
      }
      case "radio", "select" -> {
        if (!(value instanceof String choice)) {
          return name + " must be one of its choices.";
        }
        List<String> choices = choices(field, values);
        if (!choice.isEmpty() && choices != null && !choices.contains(choice)) {
          return name + " must be one of its choices.";
        }
      }
      case "checklist", "taglist" -> {
        if (!(value instanceof List<?> chosen)) {
          return name + " must be a list of its choices.";
        }
        List<String> choices = choices(field, values);
        if (choices != null && !chosen.stream().allMatch(choices::contains)) {
          return name + " may hold only its own choices.";
        }
      }
      case "datetime" -> {
        if (!(value instanceof String text) || (!text.isEmpty() && !isDateOrTime(text))) {
          return name + " must be a date (or date and time) chosen in the form.";
        }
      }
      default -> {
        if (value instanceof String text && text.length() > FormRules.LONGEST_TEXT) {
          return field.name() + ": too long, at most " + String.format("%,d",
              FormRules.LONGEST_TEXT) + " characters.";
        }
      }
    }
    return null;
  }

  /** The field's own choices, or those of the variable it takes them from (null: unknown). */
  private static List<String> choices(Field field, Map<String, Object> values) {
    if (field.valuesKey() == null) {
      return field.values();
    }
    Object offered = values.get(field.valuesKey());
    if (offered != null && !(offered instanceof List<?>)) {
      try { // a JSON text, or a Spin JSON value whose text is JSON
        offered = JSON.readValue(offered.toString(), List.class);
      } catch (Exception e) {
        return null;
      }
    }
    if (!(offered instanceof List<?> list)) {
      return null;
    }
    return list.stream()
        .map(item -> item instanceof Map<?, ?> map ? String.valueOf(map.get("value"))
            : String.valueOf(item))
        .toList();
  }

  private static boolean isDateOrTime(String text) {
    for (var parser : List.<java.util.function.Function<String, ?>>of(LocalDate::parse,
        LocalDateTime::parse, OffsetDateTime::parse, LocalTime::parse)) {
      try {
        parser.apply(text);
        return true;
      } catch (DateTimeParseException e) {
        // try the next form
      }
    }
    return false;
  }
}
