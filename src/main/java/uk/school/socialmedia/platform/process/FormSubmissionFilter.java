package uk.school.socialmedia.platform.process;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.annotation.Priority;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.camunda.bpm.dmn.engine.impl.DefaultDmnEngineConfiguration;
import org.camunda.bpm.dmn.feel.impl.FeelEngine;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.ProcessEngineException;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.identity.Authentication;
import org.camunda.bpm.engine.repository.ProcessDefinition;
import org.camunda.bpm.engine.repository.ProcessDefinitionQuery;
import org.camunda.bpm.engine.rest.util.EngineUtil;
import org.camunda.bpm.engine.variable.Variables;

/**
 * Applies {@link FormSubmissionRules} to every task completion and process start that reaches
 * the engine over HTTP: Camunda's REST API (/engine-rest) and the webapps' own engine API
 * (/camunda/api/engine), which Tasklist uses. Registered in both by
 * {@code platform.web.CamundaRestApplications}. It runs after sign-in, as the signed-in user: a task or
 * process the caller may not see is left for the engine to refuse in its own words.
 */
@Priority(Priorities.USER)
public class FormSubmissionFilter implements ContainerRequestFilter {

  /**
   * Far more than any form sends (a text of a million characters still gets its "too long");
   * a larger body is refused before it is read further.
   */
  static final int LARGEST_BODY = 2 * 1024 * 1024;

  private static final Pattern TASK = Pattern.compile(
      "(?:engine/([^/]+)/)?task/([^/]+)/(?:complete|submit-form|resolve)/?");
  private static final Pattern START = Pattern.compile(
      "(?:engine/([^/]+)/)?process-definition/(?:key/([^/]+)(?:/tenant-id/([^/]+))?|([^/]+))"
          + "/(?:start|submit-form)/?");
  private static final ObjectMapper JSON = new ObjectMapper();

  @Override
  public void filter(ContainerRequestContext request) throws IOException {
    if (!"POST".equalsIgnoreCase(request.getMethod())) {
      return;
    }
    String path = request.getUriInfo().getPath();
    path = path.startsWith("/") ? path.substring(1) : path;
    Matcher task = TASK.matcher(path);
    Matcher start = START.matcher(path);
    if (!task.matches() && !start.matches()) {
      return;
    }
    byte[] body = request.getEntityStream().readNBytes(LARGEST_BODY + 1);
    if (body.length > LARGEST_BODY) {
      request.abortWith(refusal(Response.Status.REQUEST_ENTITY_TOO_LARGE, List.of(
          "What was sent is far larger than any form of the school's processes takes.")));
      return;
    }
    request.setEntityStream(new ByteArrayInputStream(body));
    Map<String, JsonNode> variables;
    try {
      JsonNode sent = body.length == 0 ? null : JSON.readTree(body);
      if (sent != null && (sent.path("skipCustomListeners").asBoolean(false)
          || sent.path("skipIoMappings").asBoolean(false))) {
        request.abortWith(refusal(Response.Status.FORBIDDEN, List.of("Every step of the"
            + " school's processes runs its checks: none of them can be skipped.")));
        return;
      }
      if (sent != null && sent.path("startInstructions").size() > 0) {
        return; // refused for what it is by EngineCallRules, whatever the values sent with it
      }
      variables = variables(sent);
    } catch (IOException | IllegalArgumentException e) {
      request.abortWith(refusal(Response.Status.BAD_REQUEST, List.of(
          "What was sent could not be read: it must be a JSON object with its values under"
              + " \"variables\".")));
      return;
    }
    ProcessEngine engine = EngineUtil.lookupProcessEngine(
        task.matches() ? task.group(1) : start.group(1));
    Submission submission = task.matches()
        ? taskForm(engine, task.group(2))
        : startForm(engine, start.group(2), start.group(3), start.group(4));
    if (submission == null) {
      return; // unknown, or not theirs: the engine answers
    }
    FeelEngine feel = feel(engine);
    List<String> problems = FormSubmissionRules.problems(submission.form(), variables,
        submission.known(), (condition, values) -> holds(feel, condition, values));
    if (!problems.isEmpty()) {
      request.abortWith(RuleViolationResponses.badRequest(new RuleViolation(problems)));
    }
  }

  private record Submission(FormSchema form, Map<String, Object> known) {}

  private static Map<String, JsonNode> variables(JsonNode request) {
    Map<String, JsonNode> variables = new LinkedHashMap<>();
    if (request == null || request.isNull() || request.isMissingNode()) {
      return variables;
    }
    if (!request.isObject()) {
      throw new IllegalArgumentException("not an object");
    }
    JsonNode given = request.path("variables");
    if (given.isMissingNode() || given.isNull()) {
      return variables;
    }
    if (!given.isObject()) {
      throw new IllegalArgumentException("variables not an object");
    }
    given.fields().forEachRemaining(entry -> variables.put(entry.getKey(), entry.getValue()));
    return variables;
  }

  private static Submission taskForm(ProcessEngine engine, String taskId) {
    if (engine.getTaskService().createTaskQuery().taskId(taskId).count() == 0) {
      return null;
    }
    Map<String, Object> known = asEngine(engine, () -> {
      try {
        return engine.getTaskService().getVariables(taskId);
      } catch (ProcessEngineException e) {
        return Map.of();
      }
    });
    return new Submission(schema(() -> engine.getFormService().getDeployedTaskForm(taskId)),
        known);
  }

  private static Submission startForm(ProcessEngine engine, String key, String tenant,
      String id) {
    ProcessDefinition definition;
    try {
      if (id != null) {
        definition = engine.getRepositoryService().getProcessDefinition(id);
      } else {
        ProcessDefinitionQuery query = engine.getRepositoryService().createProcessDefinitionQuery()
            .processDefinitionKey(key).latestVersion();
        definition = (tenant == null ? query.withoutTenantId() : query.tenantIdIn(tenant))
            .singleResult();
      }
    } catch (ProcessEngineException e) {
      return null;
    }
    if (definition == null) {
      return null;
    }
    return new Submission(
        schema(() -> engine.getFormService().getDeployedStartForm(definition.getId())),
        Map.of());
  }

  /** A step without a form of its own takes no values at all. */
  private static FormSchema schema(Supplier<InputStream> form) {
    try (InputStream in = form.get()) {
      return FormSchema.parse(in);
    } catch (ProcessEngineException | IOException e) {
      return FormSchema.none();
    }
  }

  private static <T> T asEngine(ProcessEngine engine, Supplier<T> read) {
    IdentityService identity = engine.getIdentityService();
    Authentication caller = identity.getCurrentAuthentication();
    identity.clearAuthentication();
    try {
      return read.get();
    } finally {
      if (caller != null) {
        identity.setAuthentication(caller);
      }
    }
  }

  private static FeelEngine feel(ProcessEngine engine) {
    var configuration = (ProcessEngineConfigurationImpl) engine.getProcessEngineConfiguration();
    return ((DefaultDmnEngineConfiguration) configuration.getDmnEngineConfiguration())
        .getFeelEngine();
  }

  /** Whether a form's condition holds; one that cannot be evaluated hides nothing, as in form-js. */
  private static boolean holds(FeelEngine feel, String condition, Map<String, Object> values) {
    try {
      Object result = feel.evaluateSimpleExpression(condition,
          Variables.fromMap(values).asVariableContext());
      return Boolean.TRUE.equals(result);
    } catch (RuntimeException e) {
      return false;
    }
  }

  private static Response refusal(Response.Status status, List<String> problems)
      throws JsonProcessingException {
    return Response.status(status)
        .type(MediaType.APPLICATION_JSON_TYPE)
        .entity(JSON.writeValueAsString(Map.of(
            "type", "RuleViolation",
            "message", String.join(" ", problems),
            "problems", problems)))
        .build();
  }
}
