package uk.school.socialmedia.audit.export;

import uk.school.socialmedia.audit.export.DisclosureRules.Kind;

/** README.txt of the CSV ZIP: the period, the scope, the privacy rules and every file's columns. */
final class ExportReadme {

  static final String PRIVACY = """
      Privacy rules (applied by one component, DisclosureRules, before anything is written):
      - Everything is allow-listed: each file has fixed columns, and a process variable appears
        only when it is named for its process. Anything new is withheld until it is listed.
      - Safeguarding concerns appear only as aggregates (concern-figures.csv), never one by one,
        per whole school term, counted once when the term closed and never changed after (a
        term still running shows none), always in the same rows. Counts below the threshold,
        zero included, read "fewer than N"; the others are rounded to the nearest 5; where the
        total minus the other figures would still tell something about a small count, more
        figures read "withheld". Concerns about the Head, the DSL or any member of staff are
        one row. Their handlers are not named either.
      - No learner is named: consent is counted per purpose and year group, protected like the
        concern figures, so a small class shows no learner's consent.
      - A cell that a spreadsheet would read as a formula (it begins with =, +, -, @, a tab or
        a carriage return) begins with a single quote in the CSV files.
      - Who asked for an account exception is never named, nor who wrote or reviewed a post
        that was stopped by a concern.
      - Staff are named only where their action is the record: who proposed or approved a
        channel, who wrote, approved or published a post, who signed the AUP, who decided an
        account exception, who completed a task.
      - Account exceptions: kind, state, dates, decision and who decided; never whom they
        concern, the reasons or the conditions. Free text that may describe a person (notes,
        post text, typed names, incident messages) is withheld.
      """;

  private ExportReadme() {}

  static String text(String schoolName, String exportId, String period, String scope,
      int smallCountThreshold) {
    StringBuilder text = new StringBuilder();
    text.append(schoolName).append(": governors' audit export ").append(exportId).append("\r\n\r\n")
        .append("Period: ").append(period).append(" (school time; times in the files are UTC)\r\n")
        .append("Scope: ").append(scope).append("\r\n")
        .append("Small-count threshold: ").append(smallCountThreshold).append("\r\n\r\n")
        .append("Each CSV file follows RFC 4180 (UTF-8, comma-separated, CRLF line ends, a "
            + "header row). The same records are in the export's JSON lines file, one object "
            + "per line with its \"kind\" (the file name below without .csv).\r\n\r\n")
        .append(PRIVACY.replace("\n", "\r\n")).append("\r\n");
    for (Kind kind : Kind.values()) {
      text.append(kind.file()).append(".csv: ").append(kind.description()).append("\r\n");
      kind.columns().forEach(column -> text.append("  ").append(column.name()).append(": ")
          .append(column.description()).append("\r\n"));
      text.append("\r\n");
    }
    return text.toString();
  }
}
