package uk.school.socialmedia.exception;

import java.util.Arrays;
import java.util.List;

/** The kinds of exception to the personal-account rules of policy 1.2. */
public enum ExceptionKind {
  /** Family or a friend who is also a learner or a learner's parent. */
  PRE_EXISTING_RELATIONSHIP,
  /** A need to contact a learner or parent through a personal account. */
  CONTACT_VIA_PERSONAL_ACCOUNT,
  OTHER;

  static List<String> names() {
    return Arrays.stream(values()).map(Enum::name).toList();
  }
}
