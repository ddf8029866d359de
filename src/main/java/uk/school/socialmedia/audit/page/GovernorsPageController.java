package uk.school.socialmedia.audit.page;

import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.security.Principal;
import java.util.Arrays;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.Optional;
import java.util.UUID;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.ModelAndView;
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
 * here on the server and again by the export service, and bad input changes nothing.
 */
@Controller
@RequestMapping(GovernorsPageSecurity.HOME)
class GovernorsPageController {

  private static final String HOME = "governors/home";

  private final AuditExports exports;
  private final AuditChain chain;
  private final ProcessScopes scopes;
  private final PageDates dates;
  private final SchoolProperties school;
  private final GovernorsPageProperties settings;
  private final Manifests manifests;

  GovernorsPageController(AuditExports exports, AuditChain chain, ProcessScopes scopes, PageDates dates, SchoolProperties school,
      GovernorsPageProperties settings, Manifests manifests) {
    this.exports = exports;
    this.chain = chain;
    this.scopes = scopes;
    this.dates = dates;
    this.school = school;
    this.settings = settings;
    this.manifests = manifests;
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
  ModelAndView notForYourRole(Model model) {
    return new ModelAndView("governors/not-for-your-role", model.asMap(), HttpStatus.FORBIDDEN);
  }

  @GetMapping
  ModelAndView home(Model model) {
    return home(model, HttpStatus.OK, ExportForm.empty(), List.of(), ExtendsForm.empty(),
        List.of());
  }

  @PostMapping("/exports")
  ModelAndView start(ExportForm form, Model model) {
    List<String> problems = form.problems(scopes);
    if (problems.isEmpty()) {
      try {
        return new ModelAndView("redirect:" + GovernorsPageSecurity.HOME + "/exports/"
            + exports.start(form.toRequest()).id());
      } catch (RuleViolation refused) {
        problems = refused.problems();
      }
    }
    return home(model, HttpStatus.BAD_REQUEST, form, problems, ExtendsForm.empty(), List.of());
  }

  @GetMapping("/exports/{id}")
  String export(@PathVariable UUID id, Model model) {
    ExportView export = ExportView.of(exports.find(id), scopes, dates);
    model.addAttribute("export", export);
    model.addAttribute("refreshSeconds", Math.max(1, settings.refreshEvery().toSeconds()));
    model.addAttribute("files", Arrays.stream(ExportFormat.values()).map(DownloadLink::of).toList());
    return "governors/export";
  }

  /** Streams the file, saved under the name the export's manifest gives it. */
  @GetMapping("/exports/{id}/files/{format}")
  void download(@PathVariable UUID id, @PathVariable String format,
      HttpServletResponse response) throws IOException {
    ExportFormat file = DownloadLink.format(format).orElseThrow(() -> new PageProblem(
        HttpStatus.NOT_FOUND, "No such file", "An export has a spreadsheet ZIP, a PDF pack, "
            + "JSON lines and a manifest; there is no file called \"" + format + "\"."));
    if (exports.find(id).state() != ExportSummary.State.COMPLETED) {
      throw new PageProblem(HttpStatus.CONFLICT, "Not ready yet",
          "This export is not complete, so its files cannot be downloaded yet.");
    }
    String fileName = manifests.fileName(id, file);
    response.setContentType(file.mediaType());
    response.setHeader(HttpHeaders.CONTENT_DISPOSITION,
        ContentDisposition.attachment().filename(fileName).build().toString());
    exports.write(id, file, response.getOutputStream());
  }

  /** The page checks the chain whenever it is shown, so "Verify now" only shows it again. */
  @PostMapping("/verify")
  String verifyNow() {
    return "redirect:" + GovernorsPageSecurity.HOME + "#verification";
  }

  /** The earlier chain head, typed in or read from an uploaded manifest (the upload wins). */
  @PostMapping("/extends")
  ModelAndView checkExtends(ExtendsForm typed,
      @RequestParam(required = false) MultipartFile manifest, Model model) throws IOException {
    ExtendsForm form = typed;
    List<String> problems = List.of();
    if (manifest != null && !manifest.isEmpty()) {
      Optional<ExtendsForm> uploaded = manifests.chainHead(manifest.getInputStream());
      if (uploaded.isPresent()) {
        form = uploaded.get();
      } else {
        problems = List.of("The uploaded file is not an export manifest: choose the "
            + Manifests.MANIFEST_FILE + " downloaded with the earlier export.");
      }
    }
    if (problems.isEmpty()) {
      problems = form.problems();
    }
    if (!problems.isEmpty()) {
      return home(model, HttpStatus.BAD_REQUEST, ExportForm.empty(), List.of(), form, problems);
    }
    VerificationReport answer = chain.verifyExtends(form.toChainHead());
    model.addAttribute("extendsAnswer", ExtendsAnswer.of(form.toChainHead(), answer));
    return home(model, HttpStatus.OK, ExportForm.empty(), List.of(), form, List.of());
  }

  @ExceptionHandler(NoSuchElementException.class)
  ModelAndView unknownExport(Principal user) {
    return problem(new PageProblem(HttpStatus.NOT_FOUND, "No such export", "There is no export "
        + "at this address. The governors' audit page lists the latest ones."), user);
  }

  @ExceptionHandler(PageProblem.class)
  ModelAndView problem(PageProblem problem, Principal user) {
    ModelAndView page = new ModelAndView("governors/message", problem.status());
    page.addObject("schoolName", school.name());
    page.addObject("user", user == null ? null : user.getName());
    page.addObject("title", problem.title());
    page.addObject("text", problem.getMessage());
    return page;
  }

  private ModelAndView home(Model model, HttpStatus status, ExportForm form,
      List<String> problems, ExtendsForm extendsForm, List<String> extendsProblems) {
    model.addAttribute("form", form);
    model.addAttribute("problems", problems);
    model.addAttribute("allProcesses", ExportForm.ALL_PROCESSES);
    model.addAttribute("scopes", scopes.all());
    model.addAttribute("exports", exports.recent(settings.recentExports()).stream()
        .map(export -> ExportView.of(export, scopes, dates)).toList());
    // checked each time the page is shown: never an earlier "Intact" that may no longer hold
    model.addAttribute("verification", VerificationView.of(chain.verify(), dates));
    model.addAttribute("extendsForm", extendsForm);
    model.addAttribute("extendsProblems", extendsProblems);
    return new ModelAndView(HOME, model.asMap(), status);
  }
}
