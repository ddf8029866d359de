package uk.school.socialmedia.testsupport;

import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Map;
import java.util.stream.Stream;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The system's Chromium, headless, driven by the system's chromedriver: both given by path so
 * Selenium Manager never looks for a browser or a driver on the network. Each browser gets a
 * fresh profile and a download folder of its own. Without Chromium the test fails and says how
 * to install it; it is never skipped.
 */
public final class HeadlessChromium implements AutoCloseable {

  public static final Path CHROMIUM = Path.of("/usr/bin/chromium");
  public static final Path CHROMEDRIVER = Path.of("/usr/bin/chromedriver");
  private static final DateTimeFormatter DAY_FIRST = DateTimeFormatter.ofPattern("ddMMyyyy");
  private static final DateTimeFormatter MONTH_FIRST = DateTimeFormatter.ofPattern("MMddyyyy");

  public final ChromeDriver driver;
  public final Path downloads;
  private final Path profile;

  private HeadlessChromium(ChromeDriver driver, Path profile, Path downloads) {
    this.driver = driver;
    this.profile = profile;
    this.downloads = downloads;
  }

  public static HeadlessChromium start() throws IOException {
    if (!Files.isExecutable(CHROMIUM) || !Files.isExecutable(CHROMEDRIVER)) {
      fail("The product's pages are tested in a real browser: " + CHROMIUM + " and " + CHROMEDRIVER
          + " are needed. Install them with: sudo apt-get install -y chromium chromium-driver");
    }
    Path profile = Files.createTempDirectory("governors-page-profile");
    Path downloads = Files.createTempDirectory("governors-page-downloads");
    ChromeOptions options = new ChromeOptions();
    options.setBinary(CHROMIUM.toFile());
    options.addArguments("--headless", "--no-sandbox", "--disable-gpu", "--disable-quic",
        "--no-first-run", "--disable-background-networking", "--disable-component-update",
        "--disable-sync", "--disable-dev-shm-usage", "--lang=en-GB",
        "--user-data-dir=" + profile);
    options.setExperimentalOption("prefs", Map.of(
        "download.default_directory", downloads.toString(),
        "download.prompt_for_download", false,
        "intl.accept_languages", "en-GB"));
    ChromeDriverService service = new ChromeDriverService.Builder()
        .usingDriverExecutable(CHROMEDRIVER.toFile()).usingAnyFreePort().build();
    return new HeadlessChromium(new ChromeDriver(service, options), profile, downloads);
  }

  /**
   * Types a date into a date field as a person would, digit by digit. The order of day and month
   * follows the browser's locale (Debian's Chromium may have only en-US), so it is found out
   * first by typing a date whose day and month differ.
   */
  public void typeDate(WebElement field, LocalDate date) {
    field.clear();
    field.sendKeys("01022003");
    boolean dayFirst = "2003-02-01".equals(field.getDomProperty("value"));
    field.clear();
    field.sendKeys(date.format(dayFirst ? DAY_FIRST : MONTH_FIRST));
  }

  public WebDriverWait waitUpTo(Duration duration) {
    return new WebDriverWait(driver, duration);
  }

  /** Waits for a finished download of that name (Chromium writes .crdownload until done). */
  public Path downloaded(String fileName, Duration within) {
    Path file = downloads.resolve(fileName);
    waitUpTo(within).until(browser -> Files.isRegularFile(file)
        && !Files.exists(downloads.resolve(fileName + ".crdownload")));
    return file;
  }

  @Override
  public void close() throws IOException {
    driver.quit();
    for (Path folder : new Path[] {profile, downloads}) {
      try (Stream<Path> files = Files.walk(folder)) {
        files.sorted(java.util.Comparator.reverseOrder()).forEach(path -> path.toFile().delete());
      }
    }
  }
}
