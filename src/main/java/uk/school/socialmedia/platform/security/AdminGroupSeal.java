package uk.school.socialmedia.platform.security;

/**
 * Marks the product's own start-up code that keeps the engine's admin group to its set-up lock:
 * outside it, nobody (not an administrator, not an anonymous set-up page) adds a member to that
 * group.
 */
public final class AdminGroupSeal {

  private static final ThreadLocal<Boolean> PRODUCT = ThreadLocal.withInitial(() -> false);

  private AdminGroupSeal() {}

  public static void asTheProduct(Runnable action) {
    PRODUCT.set(true);
    try {
      action.run();
    } finally {
      PRODUCT.remove();
    }
  }

  static boolean isTheProduct() {
    return PRODUCT.get();
  }
}
