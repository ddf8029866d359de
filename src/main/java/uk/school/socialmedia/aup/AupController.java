package uk.school.socialmedia.aup;

import java.security.Principal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.server.ResponseStatusException;
import uk.school.socialmedia.platform.security.Roles;

/**
 * The AUP's product API. Anyone signed in reads the versions and their own signatures; the Head
 * or Business Manager publishes a version; leaders read the register. There is deliberately no
 * way to change or remove a version or a signature.
 */
@RestController
@RequestMapping("/api/aup")
class AupController {

  record VersionSummary(int number, LocalDate effectiveDate, String textSha256,
      String publishedBy, Instant publishedAt) {
    static VersionSummary of(AupVersion v) {
      return new VersionSummary(v.getVersionNumber(), v.getEffectiveDate(), v.getTextSha256(),
          v.getPublishedBy(), v.getPublishedAt());
    }
  }

  record VersionDetail(int number, LocalDate effectiveDate, String textSha256, String fullText,
      List<String> commitments, String publishedBy, Instant publishedAt) {
    static VersionDetail of(AupVersion v) {
      return new VersionDetail(v.getVersionNumber(), v.getEffectiveDate(), v.getTextSha256(),
          v.getFullText(), v.getCommitments(), v.getPublishedBy(), v.getPublishedAt());
    }
  }

  record NewVersion(LocalDate effectiveDate, String introduction, List<String> commitments) {}

  record MySignatures(boolean hasCurrentSignature, List<AupSignature> signatures) {}

  private final AupVersions versions;
  private final AupSignatureRepository signatures;
  private final AupGate gate;

  AupController(AupVersions versions, AupSignatureRepository signatures, AupGate gate) {
    this.versions = versions;
    this.signatures = signatures;
    this.gate = gate;
  }

  @GetMapping("/versions")
  List<VersionSummary> versions() {
    return versions.all().stream().map(VersionSummary::of).toList();
  }

  @GetMapping("/versions/current")
  VersionDetail current() {
    return versions.current().map(VersionDetail::of).orElseThrow(() ->
        new ResponseStatusException(HttpStatus.NOT_FOUND, "No AUP version has been published."));
  }

  @GetMapping("/versions/{number}")
  VersionDetail version(@PathVariable int number) {
    return versions.find(number).map(VersionDetail::of).orElseThrow(() ->
        new ResponseStatusException(HttpStatus.NOT_FOUND, "There is no AUP version " + number));
  }

  @PostMapping("/versions")
  @ResponseStatus(HttpStatus.CREATED)
  @PreAuthorize(Roles.IS_HEAD_OR_BUSINESS_MANAGER)
  VersionDetail publish(@RequestBody NewVersion body, Principal publisher) {
    return VersionDetail.of(versions.publish(body.effectiveDate(), body.introduction(),
        body.commitments(), publisher.getName()));
  }

  /** The register for one version: who signed, when, against which text. */
  @GetMapping("/signatures")
  @PreAuthorize(Roles.IS_HEAD_BUSINESS_MANAGER_OR_SLT)
  List<AupSignature> register(@RequestParam int version) {
    return signatures.findByVersionNumberOrderBySignedAtAsc(version);
  }

  @GetMapping("/signatures/mine")
  MySignatures mine(Principal user) {
    return new MySignatures(gate.hasCurrentSignature(user.getName()),
        signatures.findByUserIdOrderBySignedAtAsc(user.getName()));
  }
}
