package uk.school.socialmedia.audit.export;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.util.MinimalPrettyPrinter;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.Closeable;
import java.io.FilterOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.Date;
import java.util.List;
import java.util.function.Consumer;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import uk.school.socialmedia.audit.export.DisclosureRules.Kind;

/**
 * Writes each record as it comes to both record files at once: a CSV file per kind inside the ZIP
 * (RFC 4180, one entry open at a time) and one JSON object per line. Nothing is held back, so
 * memory does not grow with the number of records.
 */
final class RecordWriter implements Closeable {

  /** What a spreadsheet reads as the start of a formula (OWASP's list for CSV injection). */
  private static final String FORMULA_STARTS = "=+-@\t\r";

  private final ZipOutputStream zip;
  private final JsonGenerator jsonLines;
  private final Consumer<Kind> onRecord;
  private Kind current;
  private CSVPrinter csv;

  RecordWriter(Path zipFile, Path jsonLinesFile, ObjectMapper mapper, Consumer<Kind> onRecord)
      throws IOException {
    this.zip = new ZipOutputStream(Files.newOutputStream(zipFile), StandardCharsets.UTF_8);
    this.jsonLines = mapper.getFactory().createGenerator(Files.newOutputStream(jsonLinesFile))
        .setPrettyPrinter(new MinimalPrettyPrinter("\n"));
    this.onRecord = onRecord;
  }

  /** Opens the kind's CSV file; the previous one is finished. */
  void begin(Kind kind) {
    try {
      endCurrent();
      zip.putNextEntry(new ZipEntry(kind.file() + ".csv"));
      csv = new CSVPrinter(entryWriter(), CSVFormat.RFC4180.builder()
          .setHeader(kind.columnNames().toArray(String[]::new)).get());
      current = kind;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** One record of the kind begun last, values in the order of its columns. */
  void write(Kind kind, Object... values) {
    if (kind != current) {
      throw new IllegalStateException("Writing " + kind + " while " + current + " is open");
    }
    List<String> columns = kind.columnNames();
    if (values.length != columns.size()) {
      throw new IllegalArgumentException(kind + " has " + columns.size() + " columns, not "
          + values.length);
    }
    try {
      jsonLines.writeStartObject();
      jsonLines.writeStringField("kind", kind.file());
      for (int i = 0; i < values.length; i++) {
        Object value = plain(values[i]);
        jsonLines.writeFieldName(columns.get(i));
        jsonLines.writeObject(value);
        csv.print(value == null ? "" : cell(value));
      }
      jsonLines.writeEndObject();
      csv.println();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    onRecord.accept(kind);
  }

  /** Closes the last CSV file, adds README.txt and closes both files. */
  void finish(String readme) throws IOException {
    endCurrent();
    zip.putNextEntry(new ZipEntry("README.txt"));
    zip.write(readme.getBytes(StandardCharsets.UTF_8));
    zip.closeEntry();
    close();
  }

  @Override
  public void close() throws IOException {
    try (zip) {
      jsonLines.close();
    }
  }

  private void endCurrent() throws IOException {
    if (csv != null) {
      csv.flush();
      zip.closeEntry();
      csv = null;
    }
  }

  /** The CSV printer must not close the ZIP when its entry ends. */
  private Writer entryWriter() {
    OutputStream entry = new FilterOutputStream(zip) {
      @Override
      public void write(byte[] b, int off, int len) throws IOException {
        out.write(b, off, len);
      }

      @Override
      public void close() throws IOException {
        flush();
      }
    };
    return new OutputStreamWriter(entry, StandardCharsets.UTF_8);
  }

  /**
   * A value as a spreadsheet cell: text that a spreadsheet would read as a formula (it begins
   * with =, +, -, @, a tab or a carriage return) gets a leading single quote, so that a channel
   * named =HYPERLINK(...) is shown as text and never runs. Numbers are written as they are.
   */
  static String cell(Object value) {
    String text = value.toString();
    if (value instanceof Number || text.isEmpty()) {
      return text;
    }
    return FORMULA_STARTS.indexOf(text.charAt(0)) >= 0 ? "'" + text : text;
  }

  /** Times as UTC instants, days as ISO dates; numbers and booleans stay typed in JSON. */
  static Object plain(Object value) {
    if (value instanceof Timestamp timestamp) {
      return timestamp.toInstant().toString();
    }
    if (value instanceof java.sql.Date day) {
      return day.toLocalDate().toString();
    }
    if (value instanceof Date date) {
      return date.toInstant().toString();
    }
    if (value instanceof OffsetDateTime time) {
      return time.toInstant().toString();
    }
    if (value instanceof Instant || value instanceof LocalDate || value instanceof Enum<?>) {
      return value.toString();
    }
    return value;
  }
}
