package uk.school.socialmedia.platform.security;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * How wrong passwords slow down further sign-ins. Pauses lift by themselves: nobody is ever
 * locked out until an administrator acts.
 *
 * @param accountFailures wrong passwords for one account from one address before that pair pauses
 * @param addressFailures wrong passwords from one address (any accounts) before it pauses
 * @param firstPause the first pause; each further failure doubles it
 * @param longestPause the longest pause
 * @param forgetAfter failures older than this (with none since) are forgotten
 */
@ConfigurationProperties("school.sign-in")
public record SignInProperties(int accountFailures, int addressFailures, Duration firstPause,
    Duration longestPause, Duration forgetAfter) {

  public SignInProperties {
    accountFailures = accountFailures <= 0 ? 5 : accountFailures;
    addressFailures = addressFailures <= 0 ? 20 : addressFailures;
    firstPause = firstPause == null ? Duration.ofSeconds(30) : firstPause;
    longestPause = longestPause == null ? Duration.ofMinutes(15) : longestPause;
    forgetAfter = forgetAfter == null ? Duration.ofHours(1) : forgetAfter;
  }
}
