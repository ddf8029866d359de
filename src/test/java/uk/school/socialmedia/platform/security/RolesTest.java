package uk.school.socialmedia.platform.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import uk.school.socialmedia.identity.SchoolGroup;

/** The role checks name only groups of the contract, each as its members sign in. */
class RolesTest {

  @Test
  void everyAuthorityTheRoleChecksNameIsAGroupOfTheContract() throws IllegalAccessException {
    List<String> groupIds = Arrays.stream(SchoolGroup.values()).map(SchoolGroup::id).toList();
    for (Field field : Roles.class.getFields()) {
      String value = (String) field.get(null);
      if (!Modifier.isStatic(field.getModifiers()) || field.getName().equals("GROUP_PREFIX")) {
        continue;
      }
      if (field.getName().startsWith("IS_")) {
        assertThat(value).as(field.getName()).matches("has(Any)?Authority\\('GROUP_[a-z-]+'"
            + "(, 'GROUP_[a-z-]+')*\\)");
      } else {
        assertThat(value).as(field.getName()).startsWith(Roles.GROUP_PREFIX);
        assertThat(value.substring(Roles.GROUP_PREFIX.length())).as(field.getName())
            .isIn(groupIds);
      }
    }
  }
}
