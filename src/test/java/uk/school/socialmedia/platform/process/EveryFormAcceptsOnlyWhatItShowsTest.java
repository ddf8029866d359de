package uk.school.socialmedia.platform.process;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import uk.school.socialmedia.platform.process.FormSchema.Field;

/**
 * Every form in {@code forms/}, as the server reads it: it takes only its own editable fields,
 * each of its own kind and length; read-only data is shown disabled (Tasklist submits
 * {@code readonly} fields, which the server would then refuse); no text can outgrow the
 * engine's 4,000-character columns.
 */
class EveryFormAcceptsOnlyWhatItShowsTest {

  private static final ObjectMapper JSON = new ObjectMapper();

  static Stream<Path> forms() throws IOException {
    return Files.list(Path.of("forms")).filter(path -> path.toString().endsWith(".form"))
        .sorted();
  }

  @ParameterizedTest
  @MethodSource("forms")
  void readOnlyDataIsShownDisabledAndEveryTextHasALimitTheEngineCanHold(Path form)
      throws IOException {
    for (Field field : schema(form).fields().values()) {
      assertThat(Files.readString(form)).as(form + ": read-only fields must be disabled")
          .doesNotContainPattern("\"readonly\"\\s*:\\s*true");
      if (field.editable() && isText(field)) {
        assertThat(field.maxLength()).as(form + ": '" + field.key() + "' needs a maxLength")
            .isNotNull().isBetween(1, FormRules.LONGEST_TEXT);
      }
    }
  }

  @ParameterizedTest
  @MethodSource("forms")
  void aFormTakesItsOwnEditableFieldsWithValuesOfTheirKind(Path form) throws IOException {
    FormSchema schema = schema(form);
    for (Field field : schema.fields().values()) {
      if (!field.editable()) {
        continue;
      }
      assertThat(problems(schema, Map.of(field.key(), valid(field)), false))
          .as(form + ": a good value for '" + field.key() + "'").isEmpty();
      assertThat(problems(schema, Map.of(field.key(), variable(null, null)), false))
          .as(form + ": an empty '" + field.key() + "'").isEmpty();
    }
  }

  @ParameterizedTest
  @MethodSource("forms")
  void aFormRefusesWhatItDoesNotLetTheUserEdit(Path form) throws IOException {
    FormSchema schema = schema(form);
    assertThat(problems(schema, Map.of("approvedBy", variable("helen", "String")), false))
        .singleElement().asString().contains("'approvedBy' is not a field of this form");
    assertThat(problems(schema, Map.of("initiator", variable("helen", "String")), false))
        .singleElement().asString().contains("'initiator' is not a field of this form");

    for (Field field : schema.fields().values()) {
      Map<String, JsonNode> sent = Map.of(field.key(), valid(field));
      if (!field.editable()) {
        assertThat(problems(schema, sent, false)).as(form + ": read-only " + field.key())
            .singleElement().asString().contains("for information only");
        continue;
      }
      if (field.hideCondition() != null) {
        assertThat(problems(schema, sent, true)).as(form + ": hidden " + field.key())
            .singleElement().asString().contains("does not apply");
      }
      assertThat(problems(schema, Map.of(field.key(), wrongKind(field)), false))
          .as(form + ": wrong kind for " + field.key()).hasSize(1);
      assertThat(problems(schema, Map.of(field.key(),
          variable("{\"@class\":\"java.io.File\"}", "Object")), false))
          .as(form + ": an object for " + field.key())
          .singleElement().asString().contains("Java's serialization format");
      if (isText(field)) {
        String tooLong = "x".repeat(field.longestText() + 1);
        assertThat(problems(schema, Map.of(field.key(), variable(tooLong, "String")), false))
            .as(form + ": too long " + field.key())
            .singleElement().asString().contains("too long, at most");
      }
    }
  }

  private static List<String> problems(FormSchema schema, Map<String, JsonNode> sent,
      boolean conditionsHold) {
    return FormSubmissionRules.problems(schema, sent, new HashMap<>(),
        (condition, values) -> conditionsHold);
  }

  private static FormSchema schema(Path form) throws IOException {
    try (InputStream in = Files.newInputStream(form)) {
      return FormSchema.parse(in);
    }
  }

  private static boolean isText(Field field) {
    return "textfield".equals(field.type()) || "textarea".equals(field.type());
  }

  private static JsonNode valid(Field field) {
    return switch (field.type()) {
      case "number" -> variable(3, "Integer");
      case "checkbox" -> variable(true, "Boolean");
      case "radio", "select" -> variable(field.values().isEmpty() ? "" : field.values().get(0),
          "String");
      case "checklist", "taglist" -> variable(field.values().isEmpty() ? "[]"
          : "[\"" + field.values().get(0) + "\"]", "Json");
      case "datetime" -> variable("2026-12-02", "String");
      default -> variable("Text a teacher wrote", "String");
    };
  }

  private static JsonNode wrongKind(Field field) {
    return switch (field.type()) {
      case "number", "datetime", "textfield", "textarea" -> variable(true, "Boolean");
      case "checkbox" -> variable("yes", "String");
      // choices taken from a variable are known only at run time: a value of another kind
      case "radio", "select" -> field.valuesKey() != null ? variable(true, "Boolean")
          : variable("NOT_A_CHOICE", "String");
      case "checklist", "taglist" -> field.valuesKey() != null ? variable("text", "String")
          : variable("[\"NOT_A_CHOICE\"]", "Json");
      default -> variable(List.of(1, 2), null);
    };
  }

  private static JsonNode variable(Object value, String type) {
    Map<String, Object> variable = new HashMap<>();
    variable.put("value", value);
    if (type != null) {
      variable.put("type", type);
    }
    return JSON.valueToTree(variable);
  }
}
