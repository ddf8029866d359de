package uk.school.socialmedia.platform;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import org.camunda.bpm.engine.impl.util.ClockUtil;

/**
 * The application's clock is the engine's clock, so that registers, timers and history agree on
 * "now", and a test that moves the engine's clock moves the whole product.
 */
public class EngineClock extends Clock {

  public static final ZoneId SCHOOL_ZONE = ZoneId.of("Europe/London");

  private final ZoneId zone;

  public EngineClock(ZoneId zone) {
    this.zone = zone;
  }

  @Override
  public ZoneId getZone() {
    return zone;
  }

  @Override
  public Clock withZone(ZoneId zone) {
    return new EngineClock(zone);
  }

  @Override
  public Instant instant() {
    return ClockUtil.getCurrentTime().toInstant();
  }
}
