package uk.school.socialmedia.audit.page;

import java.util.ArrayList;
import java.util.List;
import uk.school.socialmedia.audit.ChainHead;

/**
 * An earlier export's chain head as the governor copied it from that export's manifest: its
 * sequence (how many records were sealed) and the chain hash at that sequence.
 */
record ExtendsForm(String sequence, String hash) {

  static ExtendsForm empty() {
    return new ExtendsForm("", "");
  }

  List<String> problems() {
    List<String> problems = new ArrayList<>();
    if (sequence == null || sequence.isBlank()) {
      problems.add("Enter the earlier export's chain sequence (a whole number from its manifest).");
    } else if (!sequence.strip().matches("\\d{1,18}")) {
      problems.add("The chain sequence is a whole number, for example 1520.");
    }
    if (hash == null || hash.isBlank()) {
      problems.add("Enter the earlier export's chain hash (from its manifest).");
    }
    return problems;
  }

  /** Only for a form without {@link #problems}; the earlier sealing time is not needed to compare. */
  ChainHead toChainHead() {
    return new ChainHead(Long.parseLong(sequence.strip()), hash.strip(), null);
  }
}
