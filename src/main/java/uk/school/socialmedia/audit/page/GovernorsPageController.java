package uk.school.socialmedia.audit.page;

import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.security.Principal;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.server.ResponseStatusException;
import uk.school.socialmedia.audit.AuditChain;
import uk.school.socialmedia.audit.AuditExports;
import uk.school.socialmedia.audit.ExportFormat;
import uk.school.socialmedia.audit.ExportSummary;
import uk.school.socialmedia.audit.VerificationReport;
import uk.school.socialmedia.platform.SchoolProperties;
import uk.school.socialmedia.platform.process.RuleViolation;

/**
 * The governors' page (issue 9, point 5): choose a period and scope, start an export and watch
 * its progress, download its files, see the latest exports and whether the audit chain is intact,
 * and check that a later export extends an earlier one. Plain HTML forms; every rule is checked
 * here on the server and by the export service, and bad input changes nothing.
 */
@Controller
@RequestMapping(GovernorsPageSecurity.HOME)
class GovernorsPageController {

  private final AuditExports exports;
  private final AuditChain chain;
  private final LatestVerification verification;
  private final ProcessScopes scopes;
  private final PageDates dates;
  private final SchoolProperties school;
  private final GovernorsPageProperties settings;

  GovernorsPageController(AuditExports exports, AuditChain chain, LatestVerification verification,
      ProcessScopes scopes, PageDates dates, SchoolProperties school,
      GovernorsPageProperties settings) {
    this.exports = exports;
    this.chain = chain;
    this.verification = verification;
    this.scopes = scopes;
    this.dates = dates;
    this.school = school;
    this.settings = settings;
  }

  @ModelAttribute
  void everyPage(Model model, Principal user) {
    model.addAttribute("schoolName", school.name());
    model.addAttribute("user", user == null ? null : user.getName());
  }

  @GetMapping("/sign-in")
  String signIn() {
    return "governors/sign-in";
  }

  /** Spring Security forwards here (keeping the method) when a signed-in user lacks the role. */
  @RequestMapping("/not-for-your-role")
  @ResponseStatus(HttpStatus.FORBIDDEN)
  String notForYourRole() {
    return "governors/not-for-your-role";
  }

  @GetMapping
  String home(Model model) {
    return home(model, ExportForm.empty(), List.of(), ExtendsForm.empty(), List.of());
  }

  @PostMapping("/exports")
  String start(ExportForm form, Model model, HttpServletResponse response) {
    List<String> problems = form.problems(scopes);
    if (problems.isEmpty()) {
      try {
        return "redirect:" + GovernorsPageSecurity.HOME + "/exports/"
            + exports.start(form.toRequest()).id();
      } catch (RuleViolation refused) {
        problems = refused.problems();
      }
    }
    response.setStatus(HttpStatus.BAD_REQUEST.value());
    return home(model, form, problems, ExtendsForm.empty(), List.of());
  }

  @GetMapping("/exports/{id}")
  String export(@PathVariable UUID id, Model model) {
    ExportView export = ExportView.of(find(id), scopes, dates);
    model.addAttribute("export", export);
    model.addAttribute("refreshSeconds", Math.max(1, settings.refreshEvery().toSeconds()));
    model.addAttribute("files", Arrays.stream(ExportFormat.values()).map(DownloadLink::of).toList());
    return "governors/export";
  }

  @GetMapping("/exports/{id}/files/{format}")
  void download(@PathVariable UUID id, @PathVariable String format,
      HttpServletResponse response) throws IOException {
    ExportFormat file = DownloadLink.format(format)
        .orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND, "No such file."));
    ExportSummary export = find(id);
    if (export.state() != ExportSummary.State.COMPLETED) {
      throw new ResponseStatusException(HttpStatus.CONFLICT,
          "This export is not complete, so it has no files to download yet.");
    }
    response.setContentType(file.mediaType());
    response.setHeader(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment()
        .filename(DownloadLink.fileName(export, file)).build().toString());
    exports.write(id, file, response.getOutputStream());
  }

  @PostMapping("/verify")
  String verifyNow() {
    verification.verifyNow();
    return "redirect:" + GovernorsPageSecurity.HOME + "#verification";
  }

  @PostMapping("/extends")
  String checkExtends(ExtendsForm form, Model model, HttpServletResponse response) {
    List<String> problems = form.problems();
    if (!problems.isEmpty()) {
      response.setStatus(HttpStatus.BAD_REQUEST.value());
      return home(model, ExportForm.empty(), List.of(), form, problems);
    }
    VerificationReport answer = chain.verifyExtends(form.toChainHead());
    model.addAttribute("extendsAnswer", ExtendsAnswer.of(form.toChainHead(), answer));
    return home(model, ExportForm.empty(), List.of(), form, List.of());
  }

  private String home(Model model, ExportForm form, List<String> problems,
      ExtendsForm extendsForm, List<String> extendsProblems) {
    model.addAttribute("form", form);
    model.addAttribute("problems", problems);
    model.addAttribute("allProcesses", ExportForm.ALL_PROCESSES);
    model.addAttribute("scopes", scopes.all());
    model.addAttribute("exports", exports.recent(settings.recentExports()).stream()
        .map(export -> ExportView.of(export, scopes, dates)).toList());
    model.addAttribute("verification", VerificationView.of(verification.get(), dates));
    model.addAttribute("extendsForm", extendsForm);
    model.addAttribute("extendsProblems", extendsProblems);
    return "governors/home";
  }

  private ExportSummary find(UUID id) {
    ExportSummary export = exports.find(id);
    if (export == null) {
      throw new ResponseStatusException(HttpStatus.NOT_FOUND, "There is no such export.");
    }
    return export;
  }
}
