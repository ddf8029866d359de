package uk.school.socialmedia.aup;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.core.annotation.Order;
import org.springframework.core.io.ClassPathResource;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import uk.school.socialmedia.platform.process.RuleViolation;

/**
 * The versions of the social media AUP: the first ships with the product
 * ({@code aup/first-version.txt}, written from policy 1.4 "Staff expectations"); the Head or the
 * Business Manager publishes later ones, which closes every request to sign an older version and
 * asks every required signer ({@link AupSignerSource}), and everyone whose request was closed, to
 * sign the new one.
 */
@Service
public class AupVersions {

  static final String FIRST_VERSION = "aup/first-version.txt";
  static final String SYSTEM = "system";

  private static final Logger log = LoggerFactory.getLogger(AupVersions.class);

  private final AupVersionRepository versions;
  private final AupSigningRequests requests;
  private final ObjectProvider<AupSignerSource> signerSources;
  private final Clock clock;

  AupVersions(AupVersionRepository versions, AupSigningRequests requests,
      ObjectProvider<AupSignerSource> signerSources, Clock clock) {
    this.versions = versions;
    this.requests = requests;
    this.signerSources = signerSources;
    this.clock = clock;
  }

  /** The version staff must hold a signature for; empty only before the first start. */
  public Optional<AupVersion> current() {
    return versions.findTopByOrderByVersionNumberDesc();
  }

  public Optional<AupVersion> find(int versionNumber) {
    return versions.findByVersionNumber(versionNumber);
  }

  public List<AupVersion> all() {
    return versions.findAllByOrderByVersionNumberAsc();
  }

  /**
   * Publishes the next version, effective today or on an earlier date (not before the version it
   * replaces), and starts a signing request for every required signer.
   *
   * @param effectiveDate when it took effect; null means today
   * @param introduction the paragraph before the commitments
   * @param commitments one plain statement per commitment, each ticked by the signer
   * @param publishedBy the user publishing it (Head or Business Manager; checked by the caller)
   */
  @Transactional
  public AupVersion publish(LocalDate effectiveDate, String introduction,
      List<String> commitments, String publishedBy) {
    LocalDate today = LocalDate.now(clock);
    LocalDate effective = effectiveDate == null ? today : effectiveDate;
    Optional<AupVersion> previous = current();
    List<String> statements = commitments == null ? List.of()
        : commitments.stream().filter(c -> c != null && !c.isBlank()).map(String::strip).toList();
    List<String> problems = new ArrayList<>();
    if (introduction == null || introduction.isBlank()) {
      problems.add("Please give the introduction to the policy.");
    }
    if (statements.isEmpty() || statements.size() > AupVersion.MAX_COMMITMENTS) {
      problems.add("Please give between 1 and " + AupVersion.MAX_COMMITMENTS
          + " commitments, one statement each.");
    }
    if (statements.stream().anyMatch(s -> s.contains("\n"))) {
      problems.add("Each commitment must be a single line.");
    }
    if (effective.isAfter(today)) {
      problems.add("Publish a version on the day it takes effect, not before.");
    }
    if (previous.isPresent() && effective.isBefore(previous.get().getEffectiveDate())) {
      problems.add("The effective date cannot be before that of version "
          + previous.get().getVersionNumber() + " (" + previous.get().getEffectiveDate() + ").");
    }
    if (!problems.isEmpty()) {
      throw new RuleViolation(problems);
    }
    // asked before the new version exists: "previous signers" are those of the one replaced
    Set<String> signers = new TreeSet<>();
    signerSources.orderedStream().forEach(source -> signers.addAll(source.requiredSigners()));

    int number = previous.map(v -> v.getVersionNumber() + 1).orElse(1);
    AupVersion version = versions.save(new AupVersion(number, effective, introduction, statements,
        publishedBy, clock.instant()));
    // whoever was still asked to sign the replaced version is asked to sign this one instead
    signers.addAll(requests.closeRequestsOlderThan(number));
    long started = signers.stream()
        .filter(signer -> requests.request(signer, number, publishedBy).isPresent())
        .count();
    log.info("AUP version {} published by {}; {} signing request(s) started", number,
        publishedBy, started);
    return version;
  }

  /** At every start, before demo data: an installation always has a version to sign. */
  @EventListener(ApplicationReadyEvent.class)
  @Order(0)
  void publishFirstVersionOnce() {
    ensureFirstVersion();
  }

  /** The version that ships with the product, published at the first start of an installation. */
  @Transactional
  public AupVersion ensureFirstVersion() {
    return current().orElseGet(() -> {
      String[] parts = readFirstVersion().split("\\R\\s*\\R", 2);
      List<String> commitments = Arrays.stream(parts[1].split("\\R"))
          .filter(line -> !line.isBlank()).toList();
      return versions.save(new AupVersion(1, LocalDate.now(clock), parts[0], commitments, SYSTEM,
          clock.instant()));
    });
  }

  private static String readFirstVersion() {
    try (InputStream in = new ClassPathResource(FIRST_VERSION).getInputStream()) {
      return new String(in.readAllBytes(), StandardCharsets.UTF_8).strip();
    } catch (IOException e) {
      throw new UncheckedIOException("The first AUP version is missing: " + FIRST_VERSION, e);
    }
  }
}
