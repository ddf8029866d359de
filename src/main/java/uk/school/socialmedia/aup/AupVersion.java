package uk.school.socialmedia.aup;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.hibernate.annotations.Immutable;
import uk.school.socialmedia.platform.Sha256;

/**
 * One published version of the social media AUP. A signature only counts for the exact text it
 * was given, so a version is never changed once published: the school publishes a new one.
 */
@Entity
@Immutable
@Table(name = "aup_version")
public class AupVersion {

  /** The signing form has this many commitment checkboxes (forms/aup-signing-sign.form). */
  public static final int MAX_COMMITMENTS = 15;

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Column(nullable = false, unique = true)
  private int versionNumber;

  @Column(nullable = false)
  private LocalDate effectiveDate;

  @Column(nullable = false, length = 20000)
  private String fullText;

  @Column(nullable = false, length = 10000)
  private String commitments;

  @Column(name = "text_sha256", nullable = false)
  private String textSha256;

  @Column(nullable = false)
  private String publishedBy;

  @Column(nullable = false)
  private Instant publishedAt;

  protected AupVersion() {}

  AupVersion(int versionNumber, LocalDate effectiveDate, String introduction,
      List<String> commitments, String publishedBy, Instant publishedAt) {
    this.versionNumber = versionNumber;
    this.effectiveDate = effectiveDate;
    this.commitments = String.join("\n", commitments);
    this.fullText = fullText(versionNumber, effectiveDate, introduction, commitments);
    this.textSha256 = Sha256.of(fullText);
    this.publishedBy = publishedBy;
    this.publishedAt = publishedAt;
  }

  /** The text a signer reads (and whose hash the register keeps): heading, introduction, commitments. */
  static String fullText(int number, LocalDate effective, String introduction,
      List<String> commitments) {
    return "Social media acceptable use policy, version " + number + " (effective " + effective
        + ")\n\n" + introduction.strip() + "\n\n"
        + IntStream.range(0, commitments.size())
            .mapToObj(i -> (i + 1) + ". " + commitments.get(i))
            .collect(Collectors.joining("\n"));
  }


  public int getVersionNumber() {
    return versionNumber;
  }

  public LocalDate getEffectiveDate() {
    return effectiveDate;
  }

  public String getFullText() {
    return fullText;
  }

  public List<String> getCommitments() {
    return List.of(commitments.split("\n"));
  }

  public String getTextSha256() {
    return textSha256;
  }

  public String getPublishedBy() {
    return publishedBy;
  }

  public Instant getPublishedAt() {
    return publishedAt;
  }
}
