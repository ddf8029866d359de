package uk.school.socialmedia.audit.export;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.lowagie.text.pdf.PdfReader;
import com.lowagie.text.pdf.parser.PdfTextExtractor;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import uk.school.socialmedia.testsupport.RestClient;

/** Asks for exports over HTTP as a user, waits for them and reads their files, for the tests. */
final class AuditExportClient {

  static final String EXPORTS = "/api/audit/exports";

  private final TestRestTemplate http;
  private final RestClient rest;
  private final ObjectMapper json = new ObjectMapper();

  AuditExportClient(TestRestTemplate http) {
    this.http = http;
    this.rest = new RestClient(http);
  }

  ResponseEntity<String> ask(String user, Object from, Object to, String processKey) {
    Map<String, Object> body = new LinkedHashMap<>();
    body.put("from", from);
    body.put("to", to);
    body.put("processKey", processKey);
    return rest.post(user, EXPORTS, body);
  }

  /** Asks for an export, expects 202 and waits until it is complete. */
  Export completed(String user, Object from, Object to, String processKey) {
    ResponseEntity<String> asked = ask(user, from, to, processKey);
    assertThat(asked.getStatusCode()).as(asked.getBody()).isEqualTo(HttpStatus.ACCEPTED);
    String id = read(asked.getBody()).get("id").asText();
    return new Export(user, id, awaitCompleted(user, id));
  }

  /** Waits for the export to finish and expects it complete. */
  JsonNode awaitCompleted(String user, String id) {
    await().atMost(Duration.ofMinutes(5)).pollInterval(Duration.ofMillis(200))
        .until(() -> !"RUNNING".equals(summary(user, id).get("state").asText()));
    JsonNode summary = summary(user, id);
    assertThat(summary.get("state").asText()).as(summary.toString()).isEqualTo("COMPLETED");
    return summary;
  }

  JsonNode summary(String user, String id) {
    return read(rest.get(user, EXPORTS + "/" + id).getBody());
  }

  ResponseEntity<byte[]> download(String user, String id, String format) {
    return http.withBasicAuth(user, user)
        .getForEntity(EXPORTS + "/" + id + "/files/" + format, byte[].class);
  }

  JsonNode read(String body) {
    try {
      return json.readTree(body);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** One completed export and its files. */
  final class Export {
    final String id;
    final JsonNode summary;
    final byte[] zip;
    final byte[] jsonLines;
    final byte[] pdf;
    final byte[] manifest;

    Export(String user, String id, JsonNode summary) {
      this.id = id;
      this.summary = summary;
      this.zip = file(user, "csv.zip");
      this.jsonLines = file(user, "jsonl");
      this.pdf = file(user, "pdf");
      this.manifest = file(user, "manifest.json");
    }

    private byte[] file(String user, String format) {
      ResponseEntity<byte[]> file = download(user, id, format);
      assertThat(file.getStatusCode()).isEqualTo(HttpStatus.OK);
      return file.getBody();
    }

    /** Every file of the ZIP, unzipped, by name. */
    Map<String, String> zipEntries() {
      Map<String, String> entries = new LinkedHashMap<>();
      try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(zip))) {
        for (ZipEntry entry = in.getNextEntry(); entry != null; entry = in.getNextEntry()) {
          entries.put(entry.getName(), new String(in.readAllBytes(), StandardCharsets.UTF_8));
        }
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
      return entries;
    }

    List<CSVRecord> csv(String file) {
      String text = zipEntries().get(file + ".csv");
      assertThat(text).as(file + ".csv").isNotNull();
      try {
        return CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get()
            .parse(new StringReader(text)).getRecords();
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }

    /** The one CSV row of the file whose column holds the value. */
    CSVRecord row(String file, String column, String value) {
      List<CSVRecord> rows = csv(file).stream().filter(r -> value.equals(r.get(column))).toList();
      assertThat(rows).as(file + " where " + column + " = " + value).hasSize(1);
      return rows.get(0);
    }

    List<JsonNode> jsonLines(String kind) {
      return new String(jsonLines, StandardCharsets.UTF_8).lines().map(AuditExportClient.this::read)
          .filter(line -> kind.equals(line.get("kind").asText())).toList();
    }

    /** The CSV row and its JSON line hold the same values, column by column. */
    void assertSameInJsonLines(String kind, CSVRecord row) {
      List<JsonNode> same = jsonLines(kind).stream().filter(line -> row.toMap().entrySet()
          .stream().allMatch(e -> e.getValue().equals(text(line.get(e.getKey()))))).toList();
      assertThat(same).as(kind + " " + row.toMap()).hasSize(1);
    }

    String pdfText() {
      try {
        PdfReader reader = new PdfReader(pdf);
        PdfTextExtractor extractor = new PdfTextExtractor(reader);
        StringBuilder text = new StringBuilder();
        for (int page = 1; page <= reader.getNumberOfPages(); page++) {
          text.append(extractor.getTextFromPage(page)).append('\n');
        }
        reader.close();
        return text.toString();
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }

    /** Everything a reader of the export can see: each CSV, README, JSON lines, manifest, PDF text. */
    Map<String, String> everything() {
      Map<String, String> all = new LinkedHashMap<>(zipEntries());
      all.put("audit-export.jsonl", new String(jsonLines, StandardCharsets.UTF_8));
      all.put("manifest.json", new String(manifest, StandardCharsets.UTF_8));
      all.put("audit-export.pdf (text)", pdfText());
      return all;
    }
  }

  private static String text(JsonNode value) {
    return value == null || value.isNull() ? "" : value.asText();
  }
}
