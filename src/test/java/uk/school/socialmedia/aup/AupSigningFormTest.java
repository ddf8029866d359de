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
class AupSigningFormTest {

  @Test
  void theSigningFormHasACheckboxForEveryCommitmentAVersionMayHave() throws IOException {
    JsonNode form = new ObjectMapper().readTree(Path.of("forms/aup-signing-sign.form").toFile());
    List<JsonNode> checkboxes = new ArrayList<>();
    form.path("components").forEach(c -> {
      if ("checkbox".equals(c.path("type").asText())) {
        checkboxes.add(c);
      }
    });

    assertThat(checkboxes).hasSize(AupVersion.MAX_COMMITMENTS);
    for (int i = 1; i <= AupVersion.MAX_COMMITMENTS; i++) {
      JsonNode checkbox = checkboxes.get(i - 1);
      assertThat(checkbox.path("key").asText()).isEqualTo("commitment" + i);
      assertThat(checkbox.path("label").asText()).isEqualTo("=aupCommitment" + i);
      assertThat(checkbox.path("conditional").path("hide").asText())
          .isEqualTo("=aupCommitmentCount < " + i);
    }
  }
}
