package uk.school.socialmedia.consent;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import uk.school.socialmedia.testsupport.SchoolSpringTest;

/** Demo mode shows a class with every situation the office meets. */
@SchoolSpringTest
class ConsentDemoDataTest {

  @Autowired ConsentDemoData demoData;
  @Autowired ConsentVerification verification;
  @Autowired ConsentRecordRepository records;
  @Autowired org.camunda.bpm.engine.RuntimeService runtime;

  @Test
  void aClassOfTwentyWithARealisticMixOfConsentIsSeededOnce() {
    List<String> classList = IntStream.rangeClosed(1, 20)
        .mapToObj(i -> String.format("LF-D%03d", i)).toList();
    demoData.seed();
    int recordsAfterFirstSeed = records.findByLearnerReferenceInOrderByIdAsc(classList).size();
    demoData.seed();
    assertThat(records.findByLearnerReferenceInOrderByIdAsc(classList))
        .as("seeding again adds nothing").hasSize(recordsAfterFirstSeed);

    ConsentCheck socialMedia = verification.verify(ConsentPurpose.SOCIAL_MEDIA_IMAGE, classList);
    ConsentCheck website = verification.verify(ConsentPurpose.WEBSITE_IMAGE, classList);

    assertThat(socialMedia.consented()).hasSize(8);
    assertThat(website.consented()).hasSize(12);
    assertThat(socialMedia.gaps().values()).containsOnly(ConsentGap.PURPOSE_NOT_COVERED,
        ConsentGap.EXPIRED, ConsentGap.WITHDRAWN, ConsentGap.NO_CONSENT);
    assertThat(socialMedia.gaps().values().stream().filter(ConsentGap.NO_CONSENT::equals))
        .hasSize(3);
    assertThat(runtime.createProcessInstanceQuery().processDefinitionKey("parental-consent")
        .processInstanceBusinessKey("LF-D018").count()).isEqualTo(1);
  }
}
