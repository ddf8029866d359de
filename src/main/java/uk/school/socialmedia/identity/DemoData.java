package uk.school.socialmedia.identity;

/**
 * Sample records a feature adds in demo mode, after groups, grants and demo users exist.
 * Implementations must be idempotent: they run at every start of a demo installation.
 * Ordered with {@link org.springframework.core.annotation.Order} where one needs another.
 */
public interface DemoData {
  void seed();
}
