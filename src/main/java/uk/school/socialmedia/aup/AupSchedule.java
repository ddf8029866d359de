package uk.school.socialmedia.aup;

import org.springframework.stereotype.Component;

/**
 * The AUP's durations as the diagram reads them ({@code ${aupSchedule.reminderAfter}}): timer
 * expressions need ISO 8601 text, so the configured durations are handed over as such.
 */
@Component("aupSchedule")
public class AupSchedule {

  private final AupProperties properties;

  AupSchedule(AupProperties properties) {
    this.properties = properties;
  }

  public String getReminderAfter() {
    return properties.reminderAfter().toString();
  }

  public String getEscalateAfter() {
    return properties.escalateAfter().toString();
  }
}
