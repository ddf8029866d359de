package uk.school.socialmedia.platform.security;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * Slows down password guessing without letting a stranger lock anyone out. Failures are counted
 * per address and per (account, address); past a threshold that address, or that account from
 * that address, pauses for a time that doubles with each further failure up to a cap, and lifts
 * by itself. So the DSL signing in from her own address is never refused because someone else
 * guessed her password from theirs. Kept in memory on each node (docs/operations.md).
 */
@Component
class SignInThrottle {

  private static final Logger log = LoggerFactory.getLogger(SignInThrottle.class);
  private static final int FORGET_CHECK_SIZE = 10_000;

  private record AccountAtAddress(String account, String address) {}

  /** Failures of one key: how many, the last one, and until when it pauses. */
  private static final class Strikes {
    int failures;
    Instant lastFailure = Instant.MIN;
    Instant pausedUntil = Instant.MIN;
  }

  private final SignInProperties properties;
  private final Clock clock;
  private final Map<String, Strikes> byAddress = new ConcurrentHashMap<>();
  private final Map<AccountAtAddress, Strikes> byAccount = new ConcurrentHashMap<>();

  /** Real time, not the engine's clock: pauses are about people at keyboards, not processes. */
  SignInThrottle(SignInProperties properties) {
    this.properties = properties;
    this.clock = Clock.systemUTC();
  }

  /** Whether a sign-in from this address as this account must be refused for now. */
  boolean pauses(String account, String address) {
    if (address == null) {
      return false;
    }
    Instant now = clock.instant();
    return pausedAt(byAddress.get(address), now)
        || pausedAt(byAccount.get(new AccountAtAddress(account, address)), now);
  }

  void failed(String account, String address) {
    if (address == null) {
      return;
    }
    Instant now = clock.instant();
    forgetOld(now);
    strike(byAddress.computeIfAbsent(address, a -> new Strikes()), properties.addressFailures(),
        now, "address " + address);
    strike(byAccount.computeIfAbsent(new AccountAtAddress(account, address), k -> new Strikes()),
        properties.accountFailures(), now, "account " + account + " from " + address);
  }

  void succeeded(String account, String address) {
    if (address != null) {
      byAccount.remove(new AccountAtAddress(account, address));
    }
  }

  private void strike(Strikes strikes, int threshold, Instant now, String what) {
    synchronized (strikes) {
      if (strikes.lastFailure.isBefore(now.minus(properties.forgetAfter()))) {
        strikes.failures = 0;
      }
      strikes.failures++;
      strikes.lastFailure = now;
      if (strikes.failures >= threshold) {
        Duration pause = pause(strikes.failures - threshold);
        strikes.pausedUntil = now.plus(pause);
        if (strikes.failures == threshold) {
          log.warn("Sign-in paused for {} after {} wrong passwords", what, strikes.failures);
        }
      }
    }
  }

  private Duration pause(int beyondThreshold) {
    Duration pause = properties.firstPause();
    for (int i = 0; i < beyondThreshold && pause.compareTo(properties.longestPause()) < 0; i++) {
      pause = pause.multipliedBy(2);
    }
    return pause.compareTo(properties.longestPause()) > 0 ? properties.longestPause() : pause;
  }

  private static boolean pausedAt(Strikes strikes, Instant now) {
    if (strikes == null) {
      return false;
    }
    synchronized (strikes) {
      return strikes.pausedUntil.isAfter(now);
    }
  }

  /** Keeps memory bounded: drops keys with no pause and no failure for a while. */
  private void forgetOld(Instant now) {
    if (byAddress.size() + byAccount.size() < FORGET_CHECK_SIZE) {
      return;
    }
    Instant cutoff = now.minus(properties.forgetAfter());
    byAddress.values().removeIf(s -> forgettable(s, now, cutoff));
    byAccount.values().removeIf(s -> forgettable(s, now, cutoff));
  }

  private static boolean forgettable(Strikes strikes, Instant now, Instant cutoff) {
    synchronized (strikes) {
      return strikes.lastFailure.isBefore(cutoff) && !strikes.pausedUntil.isAfter(now);
    }
  }
}
