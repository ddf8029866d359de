package uk.school.socialmedia.audit;

/** The files one export produces; the manifest holds the SHA-256 of the others and the chain head. */
public enum ExportFormat {
  CSV_ZIP("csv.zip", "application/zip"),
  PDF("pdf", "application/pdf"),
  JSON_LINES("jsonl", "application/x-ndjson"),
  MANIFEST("manifest.json", "application/json");

  private final String extension;
  private final String mediaType;

  ExportFormat(String extension, String mediaType) {
    this.extension = extension;
    this.mediaType = mediaType;
  }

  public String extension() {
    return extension;
  }

  public String mediaType() {
    return mediaType;
  }
}
