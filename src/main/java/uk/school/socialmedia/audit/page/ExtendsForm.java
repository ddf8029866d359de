package uk.school.socialmedia.audit.page;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;
import uk.school.socialmedia.audit.ChainHead;

/**
 * An earlier export's chain head as the governor copied it from that export's manifest: its
 * sequence (how many records were sealed) and the chain hash (SHA-256, hexadecimal) there.
 */
record ExtendsForm(String sequence, String hash) {

  private static final Pattern SEQUENCE = Pattern.compile("\\d{1,18}");
  private static final Pattern SHA_256 = Pattern.compile("[0-9a-f]{64}");

  static ExtendsForm empty() {
    return new ExtendsForm("", "");
  }

  List<String> problems() {
    List<String> problems = new ArrayList<>();
    if (sequence == null || sequence.isBlank()) {
      problems.add("Enter the earlier export's chain sequence (a whole number from its manifest).");
    } else if (!SEQUENCE.matcher(sequence.strip()).matches()) {
      problems.add("The chain sequence is a whole number, for example 1520.");
    }
    if (hash == null || hash.isBlank()) {
      problems.add("Enter the earlier export's chain hash (from its manifest).");
    } else if (!SHA_256.matcher(normalisedHash()).matches()) {
      problems.add("The chain hash is 64 characters, the digits 0-9 and the letters a-f: "
          + "copy it whole from the manifest.");
    }
    return problems;
  }

  /** Only for a form without {@link #problems}; the earlier sealing time is not needed to compare. */
  ChainHead toChainHead() {
    return new ChainHead(Long.parseLong(sequence.strip()), normalisedHash(), null);
  }

  private String normalisedHash() {
    return hash.strip().toLowerCase(Locale.ROOT);
  }
}
