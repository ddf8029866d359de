package uk.school.socialmedia.platform;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.camunda.bpm.model.bpmn.instance.BaseElement;
import org.camunda.bpm.model.bpmn.instance.BoundaryEvent;
import org.camunda.bpm.model.bpmn.instance.CallActivity;
import org.camunda.bpm.model.bpmn.instance.ExclusiveGateway;
import org.camunda.bpm.model.bpmn.instance.FlowNode;
import org.camunda.bpm.model.bpmn.instance.Process;
import org.camunda.bpm.model.bpmn.instance.SequenceFlow;
import org.camunda.bpm.model.bpmn.instance.StartEvent;
import org.camunda.bpm.model.bpmn.instance.SubProcess;
import org.camunda.bpm.model.bpmn.instance.UserTask;
import org.camunda.bpm.model.bpmn.instance.bpmndi.BpmnEdge;
import org.camunda.bpm.model.bpmn.instance.bpmndi.BpmnShape;
import org.camunda.bpm.model.bpmn.instance.dc.Bounds;
import org.camunda.bpm.model.dmn.Dmn;
import org.camunda.bpm.model.dmn.instance.Decision;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/**
 * The rules of docs/architecture.md that a diagram must follow, checked on every file in bpmn/
 * and forms/: a process without a deliberate retention, an unnamed element, a user task without
 * a form or a diagram that would open as a heap in Camunda Modeler fails the build.
 */
class ProcessModelConventionsTest {

  private static final String CAMUNDA = "http://camunda.org/schema/1.0/bpmn";
  private static final Path BPMN = Path.of("bpmn");
  private static final Path FORMS = Path.of("forms");

  @TestFactory
  Stream<DynamicTest> everyProcessFollowsTheConventions() throws IOException {
    return files(BPMN, ".bpmn").stream().map(file -> DynamicTest.dynamicTest(
        file.getFileName().toString(), () -> checkProcess(file)));
  }

  @TestFactory
  Stream<DynamicTest> everyDecisionStatesItsRetention() throws IOException {
    return files(BPMN, ".dmn").stream().map(file -> DynamicTest.dynamicTest(
        file.getFileName().toString(), () -> {
          for (Decision decision : Dmn.readModelFromFile(file.toFile())
              .getModelElementsByType(Decision.class)) {
            assertThat(decision.getCamundaHistoryTimeToLiveString())
                .as("historyTimeToLive of decision %s", decision.getId()).isNotBlank();
            assertThat(decision.getName()).as("name of decision %s", decision.getId())
                .isNotBlank();
          }
        }));
  }

  @Test
  void everyFormHasTheIdOfItsFileName() throws IOException {
    ObjectMapper json = new ObjectMapper();
    for (Path form : files(FORMS, ".form")) {
      JsonNode schema = json.readTree(form.toFile());
      String expectedId = form.getFileName().toString().replace(".form", "");
      assertThat(schema.path("id").asText()).as("id of %s", form).isEqualTo(expectedId);
      assertThat(schema.path("type").asText()).as("type of %s", form).isEqualTo("default");
      assertThat(schema.path("components").isArray()).as("components of %s", form).isTrue();
    }
  }

  private void checkProcess(Path file) throws IOException {
    BpmnModelInstance model = Bpmn.readModelFromFile(file.toFile());
    List<Process> executable = model.getModelElementsByType(Process.class).stream()
        .filter(Process::isExecutable).toList();
    assertThat(executable).as("executable process in %s", file).isNotEmpty();
    Set<String> formIds = formIds();
    Set<String> calledOnly = calledProcessKeys();
    List<String> problems = new ArrayList<>();

    for (Process process : executable) {
      if (process.getCamundaHistoryTimeToLiveString() == null) {
        problems.add("process " + process.getId() + " has no historyTimeToLive");
      }
      if (process.getName() == null || process.getName().isBlank()) {
        problems.add("process " + process.getId() + " has no name");
      }
      if (calledOnly.contains(process.getId())) {
        // started by another process's call activity, never by a person
        continue;
      }
      for (StartEvent start : process.getChildElementsByType(StartEvent.class)) {
        if (!"initiator".equals(start.getCamundaInitiator())) {
          problems.add("start event " + start.getId() + " must set camunda:initiator=\"initiator\"");
        }
        checkForm(start, formIds, problems);
      }
    }

    Map<String, BpmnShape> shapes = model.getModelElementsByType(BpmnShape.class).stream()
        .filter(s -> s.getBpmnElement() != null)
        .collect(Collectors.toMap(s -> s.getBpmnElement().getId(), s -> s, (a, b) -> a));
    Set<String> edges = model.getModelElementsByType(BpmnEdge.class).stream()
        .filter(e -> e.getBpmnElement() != null && e.getWaypoints().size() >= 2)
        .map(e -> e.getBpmnElement().getId()).collect(Collectors.toSet());

    for (FlowNode node : model.getModelElementsByType(FlowNode.class)) {
      if (node.getName() == null || node.getName().isBlank()) {
        problems.add(describe(node) + " has no name");
      }
      if (!shapes.containsKey(node.getId())) {
        problems.add(describe(node) + " is not drawn (no BPMNShape)");
      }
    }
    for (UserTask task : model.getModelElementsByType(UserTask.class)) {
      checkForm(task, formIds, problems);
    }
    for (SequenceFlow flow : model.getModelElementsByType(SequenceFlow.class)) {
      if (!edges.contains(flow.getId())) {
        problems.add("sequence flow " + flow.getId() + " is not drawn (no BPMNEdge)");
      }
      if (flow.getSource() instanceof ExclusiveGateway gateway
          && gateway.getOutgoing().size() > 1
          && (flow.getName() == null || flow.getName().isBlank())) {
        problems.add("sequence flow " + flow.getId() + " leaves a decision without a label");
      }
    }
    problems.addAll(overlaps(model, shapes));
    assertThat(problems).as("conventions of %s", file).isEmpty();
  }

  private static void checkForm(BaseElement element, Set<String> formIds, List<String> problems) {
    String formRef = element.getAttributeValueNs(CAMUNDA, "formRef");
    if (formRef == null) {
      problems.add(describe(element) + " has no Camunda Form (camunda:formRef)");
      return;
    }
    if (!"deployment".equals(element.getAttributeValueNs(CAMUNDA, "formRefBinding"))) {
      problems.add(describe(element) + " must set camunda:formRefBinding=\"deployment\"");
    }
    if (!formIds.contains(formRef)) {
      problems.add(describe(element) + " refers to form " + formRef + ", not in forms/");
    }
  }

  /** Shapes drawn on top of one another (a boundary event sits on its host by design). */
  private static List<String> overlaps(BpmnModelInstance model, Map<String, BpmnShape> shapes) {
    List<String> problems = new ArrayList<>();
    List<BpmnShape> drawn = shapes.values().stream()
        .filter(s -> s.getBpmnElement() instanceof FlowNode)
        .filter(s -> !(s.getBpmnElement() instanceof SubProcess))
        .filter(s -> !(s.getBpmnElement() instanceof BoundaryEvent))
        .toList();
    // nothing of the outer flow may be drawn inside a subprocess it does not belong to
    for (BpmnShape box : shapes.values()) {
      if (!(box.getBpmnElement() instanceof SubProcess subProcess)) {
        continue;
      }
      for (BpmnShape other : drawn) {
        FlowNode node = (FlowNode) other.getBpmnElement();
        if (!isInside(node, subProcess) && intersect(box.getBounds(), other.getBounds())) {
          problems.add(node.getId() + " is drawn inside " + subProcess.getId());
        }
      }
    }
    for (int i = 0; i < drawn.size(); i++) {
      for (int j = i + 1; j < drawn.size(); j++) {
        if (intersect(drawn.get(i).getBounds(), drawn.get(j).getBounds())) {
          problems.add(drawn.get(i).getBpmnElement().getId() + " overlaps "
              + drawn.get(j).getBpmnElement().getId());
        }
      }
    }
    return problems;
  }

  private static boolean isInside(FlowNode node, SubProcess subProcess) {
    for (var parent = node.getParentElement(); parent != null; parent = parent.getParentElement()) {
      if (parent == subProcess) {
        return true;
      }
    }
    return false;
  }

  private static boolean intersect(Bounds a, Bounds b) {
    return a.getX() < b.getX() + b.getWidth() && b.getX() < a.getX() + a.getWidth()
        && a.getY() < b.getY() + b.getHeight() && b.getY() < a.getY() + a.getHeight();
  }

  private static String describe(BaseElement element) {
    return element.getElementType().getTypeName() + " " + element.getId();
  }

  /** Processes that some call activity calls (and that have no start form of their own). */
  private static Set<String> calledProcessKeys() throws IOException {
    Set<String> called = new HashSet<>();
    for (Path file : files(BPMN, ".bpmn")) {
      Bpmn.readModelFromFile(file.toFile()).getModelElementsByType(CallActivity.class)
          .forEach(call -> called.add(call.getCalledElement()));
    }
    return called;
  }

  private static Set<String> formIds() throws IOException {
    Set<String> ids = new HashSet<>();
    ObjectMapper json = new ObjectMapper();
    for (Path form : files(FORMS, ".form")) {
      ids.add(json.readTree(form.toFile()).path("id").asText());
    }
    return ids;
  }

  private static Collection<Path> files(Path dir, String suffix) throws IOException {
    if (!Files.isDirectory(dir)) {
      return List.of();
    }
    try (Stream<Path> paths = Files.list(dir)) {
      return paths.filter(p -> p.toString().endsWith(suffix)).sorted().toList();
    }
  }
}
