package uk.school.socialmedia.testsupport;

import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.junit.jupiter.api.extension.AfterEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/** A test that moves the engine's clock never leaves it moved for the next one. */
class ResetEngineClock implements AfterEachCallback {

  @Override
  public void afterEach(ExtensionContext context) {
    ClockUtil.reset();
  }
}
