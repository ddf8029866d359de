package uk.school.socialmedia.aup;

import java.util.Set;

/**
 * Who must sign when a new AUP version is published. Features declare beans of this type (the
 * channel feature: every channel account manager); the publisher asks all of them and sends one
 * signing request to each member of staff named by any of them.
 */
public interface AupSignerSource {

  /** User ids of the staff who must sign the new version. */
  Set<String> requiredSigners();
}
