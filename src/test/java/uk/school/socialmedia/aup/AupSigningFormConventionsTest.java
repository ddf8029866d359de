package uk.school.socialmedia.aup;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The signing form offers one checkbox per commitment, for any version the school publishes. */
class AupSigningFormConventionsTest {

  @Test
  void theSigningFormHasACheckboxForEveryCommitmentAVersionMayHave() throws IOException {
    JsonNode form = new ObjectMapper().readTree(Path.of("forms/aup-signing-sign.form").toFile());
    List<JsonNode> checkboxes = new ArrayList<>();
    List<JsonNode> statements = new ArrayList<>();
    form.path("components").forEach(c -> {
      if ("checkbox".equals(c.path("type").asText())) {
        checkboxes.add(c);
      } else if (c.path("text").asText().contains("+ aupCommitment")) {
        statements.add(c);
      }
    });

    assertThat(checkboxes).hasSize(AupVersion.MAX_COMMITMENTS);
    assertThat(statements).hasSize(AupVersion.MAX_COMMITMENTS);
    for (int i = 1; i <= AupVersion.MAX_COMMITMENTS; i++) {
      JsonNode statement = statements.get(i - 1);
      JsonNode checkbox = checkboxes.get(i - 1);
      assertThat(statement.path("text").asText()).endsWith("+ aupCommitment" + i);
      assertThat(checkbox.path("key").asText()).isEqualTo("commitment" + i);
      assertThat(checkbox.path("label").asText()).isEqualTo("I agree to commitment " + i);
      // a version with fewer commitments shows neither the statement nor its checkbox
      assertThat(statement.path("conditional").path("hide").asText())
          .isEqualTo("=aupCommitmentCount < " + i);
      assertThat(checkbox.path("conditional").path("hide").asText())
          .isEqualTo("=aupCommitmentCount < " + i);
    }
  }
}
