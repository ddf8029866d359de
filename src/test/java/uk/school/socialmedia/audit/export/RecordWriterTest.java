package uk.school.socialmedia.audit.export;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.zip.ZipInputStream;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import uk.school.socialmedia.audit.export.DisclosureRules.Kind;

/** CSV cells a spreadsheet would run as a formula are written as text. */
class RecordWriterTest {

  @TempDir Path directory;

  @Test
  void aCellBeginningWithAFormulaCharacterStartsWithAQuote() throws IOException {
    List<String> triggers = List.of("=1+1", "+1", "-1", "@SUM(A1)", "\tx", "\rx",
        "=HYPERLINK(\"http://x\",\"click\")");
    Path zip = directory.resolve("a.csv.zip");
    Path jsonLines = directory.resolve("a.jsonl");
    try (RecordWriter out = new RecordWriter(zip, jsonLines, new ObjectMapper(), kind -> { })) {
      out.begin(Kind.CHANNEL_STATUS_CHANGES);
      for (String value : triggers) {
        out.write(Kind.CHANNEL_STATUS_CHANGES, -7L, "ACTIVE", "SUSPENDED", null, "alice", value);
      }
      out.write(Kind.CHANNEL_STATUS_CHANGES, 1L, "ACTIVE", "SUSPENDED", null, "alice",
          "A plain reason - with a dash inside");
      out.finish("readme");
    }

    List<CSVRecord> rows;
    try (ZipInputStream in = new ZipInputStream(Files.newInputStream(zip))) {
      in.getNextEntry();
      rows = CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get()
          .parse(new StringReader(new String(in.readAllBytes(), StandardCharsets.UTF_8)))
          .getRecords();
    }
    for (int i = 0; i < triggers.size(); i++) {
      assertThat(rows.get(i).get("reason")).isEqualTo("'" + triggers.get(i));
      // a number is a number, even when negative
      assertThat(rows.get(i).get("channelId")).isEqualTo("-7");
    }
    assertThat(rows.get(triggers.size()).get("reason"))
        .isEqualTo("A plain reason - with a dash inside");
    assertThat(Files.readString(jsonLines)).contains("\"reason\":\"=1+1\"");
  }
}
