package uk.school.socialmedia.audit.export;

import java.util.Objects;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Governors' audit exports ({@code school.audit.*}).
 *
 * @param smallCountThreshold safeguarding counts below this are shown as "fewer than N"
 * @param export how exports run: records read per query page, exports run at once, exports waiting
 */
@ConfigurationProperties("school.audit")
public record ExportSettings(Integer smallCountThreshold, Export export) {

  public ExportSettings {
    Objects.requireNonNull(smallCountThreshold, "school.audit.small-count-threshold");
    Objects.requireNonNull(export, "school.audit.export");
    if (smallCountThreshold < 2) {
      throw new IllegalArgumentException("school.audit.small-count-threshold must be at least 2");
    }
  }

  public record Export(int pageSize, int concurrent, int queued) {

    public Export {
      if (pageSize < 1 || concurrent < 1 || queued < 0) {
        throw new IllegalArgumentException(
            "school.audit.export: page-size and concurrent must be at least 1, queued not negative");
      }
    }
  }
}
