package uk.school.socialmedia.audit.page;

import org.springframework.http.HttpStatus;

/** A request the page cannot answer, shown to the governor as a short page with this status. */
class PageProblem extends RuntimeException {

  private final HttpStatus status;
  private final String title;

  PageProblem(HttpStatus status, String title, String text) {
    super(text);
    this.status = status;
    this.title = title;
  }

  HttpStatus status() {
    return status;
  }

  String title() {
    return title;
  }
}
