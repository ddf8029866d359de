package uk.school.socialmedia.post;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.camunda.bpm.engine.variable.Variables;
import org.camunda.bpm.engine.variable.value.ObjectValue;
import org.camunda.bpm.engine.variable.value.TypedValue;
import org.camunda.spin.Spin;
import org.camunda.spin.json.SpinJsonNode;

/** Reading what the draft form submits, and the fingerprint of an approved text. */
final class PostContent {

  private PostContent() {}


  /**
   * The learners' school references from a checklist, read without deserialising: Tasklist
   * submits the JSON array as an object variable naming whatever Java type it guesses, the Java
   * API may pass a collection, a REST caller a Spin JSON value or a comma-separated text.
   */
  static Set<String> references(TypedValue typed) {
    Object value;
    if (typed instanceof ObjectValue object && !object.isDeserialized()) {
      value = object.getValueSerialized() == null ? null : Spin.JSON(object.getValueSerialized());
    } else {
      value = typed == null ? null : typed.getValue();
    }
    List<String> raw = new ArrayList<>();
    if (value instanceof SpinJsonNode json && json.isArray()) {
      json.elements().forEach(element -> raw.add(element.isString()
          ? element.stringValue() : element.toString()));
    } else if (value instanceof Collection<?> collection) {
      collection.forEach(element -> raw.add(String.valueOf(element)));
    } else if (value instanceof String text) {
      raw.addAll(Arrays.asList(text.split(",")));
    }
    Set<String> references = new LinkedHashSet<>();
    raw.stream().map(String::trim).filter(r -> !r.isEmpty()).forEach(references::add);
    return references;
  }

  /** A JSON process variable of plain, deserialisable Java types (for forms and Cockpit). */
  static ObjectValue json(Object value) {
    return Variables.objectValue(value)
        .serializationDataFormat(Variables.SerializationDataFormats.JSON).create();
  }
}
