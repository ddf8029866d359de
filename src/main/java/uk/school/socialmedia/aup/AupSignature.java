package uk.school.socialmedia.aup;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import org.hibernate.annotations.Immutable;

/**
 * One entry of the AUP register: who signed which version (and the hash of the exact text they
 * were shown), when, and the name they typed. Written once, never edited or deleted.
 */
@Entity
@Immutable
@Table(name = "aup_signature")
public class AupSignature {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Column(nullable = false)
  private String userId;

  @Column(nullable = false)
  private int versionNumber;

  @Column(name = "text_sha256", nullable = false)
  private String textSha256;

  @Column(nullable = false)
  private Instant signedAt;

  @Column(nullable = false)
  private String typedName;

  @Column(nullable = false)
  private String processInstanceId;

  protected AupSignature() {}

  AupSignature(String userId, AupVersion version, Instant signedAt, String typedName,
      String processInstanceId) {
    this.userId = userId;
    this.versionNumber = version.getVersionNumber();
    this.textSha256 = version.getTextSha256();
    this.signedAt = signedAt;
    this.typedName = typedName;
    this.processInstanceId = processInstanceId;
  }

  public Long getId() {
    return id;
  }

  public String getUserId() {
    return userId;
  }

  public int getVersionNumber() {
    return versionNumber;
  }

  public String getTextSha256() {
    return textSha256;
  }

  public Instant getSignedAt() {
    return signedAt;
  }

  public String getTypedName() {
    return typedName;
  }

  public String getProcessInstanceId() {
    return processInstanceId;
  }
}
