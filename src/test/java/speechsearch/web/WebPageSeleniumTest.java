package speechsearch.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.javalin.Javalin;
import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import speechsearch.search.SearchService;
import speechsearch.testing.SmallIndex;

/**
 * A drafter's session in a real browser: typing, facet clicks, the reader, similar measures, the
 * draft box and copying, driven through Debian's chromedriver. WebPageBrowserTest only checks the
 * DOM a URL renders; this one checks that the clicks in between work. Nothing is downloaded: the
 * driver and browser paths are given, so Selenium Manager is never asked to find or fetch them.
 *
 * <p>Over 300 lines: one session whose steps build on each other (what was typed, the facet
 * clicked, the speech opened), with the waits a real browser needs beside them.
 */
@Tag("browser")
class WebPageSeleniumTest {
  private static final Path CHROMIUM = Path.of("/usr/bin/chromium");
  private static final Path CHROMEDRIVER = Path.of("/usr/bin/chromedriver");
  // Generous: two shared cores, and the first search warms the index.
  private static final Duration WAIT = Duration.ofSeconds(30);
  private static final Pattern TOTAL = Pattern.compile("共 (\\d+) 条");

  @TempDir static Path tmp;
  private static Javalin app;
  private static SmallIndex index;
  private static WebDriver driver;
  private static WebDriverWait wait;

  @BeforeAll
  static void start() throws IOException, URISyntaxException {
    for (Path p : List.of(CHROMIUM, CHROMEDRIVER)) {
      if (!Files.isExecutable(p)) {
        String reason = "skipped: no " + p + " (apt-get install chromium chromium-driver)";
        System.out.println(reason);
        Assumptions.abort(reason);
      }
    }
    Path seeds = Path.of(WebPageSeleniumTest.class.getResource("/seeds").toURI());
    index = SmallIndex.ofFolder(tmp, seeds);
    SearchService service = index.service;
    app =
        WebApp.create(service, null, new WebApp.Settings("127.0.0.1", 0, List.of(), null, null, 16))
            .start();

    // Both paths set explicitly: with them Selenium skips Selenium Manager, which would otherwise
    // go online to look for a matching driver and browser.
    System.setProperty("webdriver.chrome.driver", CHROMEDRIVER.toString());
    ChromeOptions options = new ChromeOptions();
    options.setBinary(CHROMIUM.toString());
    options.addArguments(
        "--headless=new",
        "--no-sandbox",
        "--disable-gpu",
        "--disable-background-networking",
        "--disable-dev-shm-usage",
        "--disable-extensions",
        "--no-first-run",
        "--window-size=1280,900",
        "--lang=zh-CN",
        "--user-data-dir=" + Files.createTempDirectory(tmp, "profile"));
    ChromeDriverService driverService =
        new ChromeDriverService.Builder()
            .usingDriverExecutable(CHROMEDRIVER.toFile())
            .usingAnyFreePort()
            .build();
    driver = new ChromeDriver(driverService, options);
    // The window size includes the browser's own bars even headless; size it so the page gets
    // a 1280×900 viewport, the size the README's screenshot shows.
    driver.manage().window().setSize(new Dimension(1280, 900));
    long bars =
        (Long)
            ((JavascriptExecutor) driver)
                .executeScript("return window.outerHeight - window.innerHeight;");
    driver.manage().window().setSize(new Dimension(1280, 900 + (int) bars));
    wait = new WebDriverWait(driver, WAIT);
  }

  @AfterAll
  static void stop() throws IOException {
    if (driver != null) driver.quit();
    if (app != null) app.stop();
    if (index != null) index.close();
  }

  @Test
  void aDraftersSessionWorksByClicking() throws IOException {
    driver.get("http://127.0.0.1:" + app.port() + "/");
    wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("summary"), "输入检索词"));

    // Typing searches by itself after a short pause; no Enter needed.
    driver.findElement(By.id("q")).sendKeys("教师");
    wait.until(d -> total() > 0);
    assertFalse(cards().isEmpty(), "result cards appear");
    assertTrue(driver.getCurrentUrl().contains("q=%E6%95%99%E5%B8%88"), driver.getCurrentUrl());

    // A year, then a level: two dimensions, each click re-renders results and facets.
    String year = firstBoxWithHits("year");
    clickFacetAndWait("year", year);
    for (WebElement card : cards()) {
      assertTrue(
          card.findElement(By.cssSelector(".meta")).getText().contains(year), card.getText());
    }
    int afterYear = total();
    String level = firstBoxWithHits("level");
    clickFacetAndWait("level", level);
    assertTrue(total() > 0 && total() <= afterYear, "level narrows the year's results");
    assertTrue(facetBox("year", year).isSelected(), "the year stays ticked");
    assertTrue(facetBox("level", level).isSelected(), "the level stays ticked");
    String url = driver.getCurrentUrl();
    assertTrue(url.contains("year=" + year) && url.contains("level="), url);
    assertNoError();

    ((JavascriptExecutor) driver).executeScript("window.scrollTo(0, 0);");
    Path shot = Path.of("target", "webpage-selenium-results.png");
    Files.createDirectories(shot.getParent());
    Files.copy(
        ((ChromeDriver) driver).getScreenshotAs(OutputType.FILE).toPath(),
        shot,
        StandardCopyOption.REPLACE_EXISTING);

    // The reader: the clicked unit (or the unit owning a clicked passage) is marked.
    WebElement first = cards().get(0);
    String id = first.getAttribute("data-id");
    click(first.findElement(By.cssSelector("a.heading")));
    wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("speech-view")));
    WebElement marked =
        wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("#speech .target")));
    String unit = marked.getAttribute("data-unit");
    String owner = id.contains("~") ? id.substring(0, id.indexOf('~')) : id;
    assertTrue(unit.equals(id) || unit.equals(owner), "marked " + unit + " for " + id);
    assertEquals("true", marked.getAttribute("aria-current"));
    assertEquals(1, driver.findElements(By.cssSelector("#speech .target")).size());
    assertFalse(
        driver.findElements(By.cssSelector("#speech .toc a")).isEmpty(), "the outline is there");

    click(driver.findElement(By.id("back")));
    wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("search-view")));
    wait.until(d -> !cards().isEmpty());
    assertTrue(facetBox("year", year).isSelected(), "back keeps the year");
    assertTrue(facetBox("level", level).isSelected(), "back keeps the level");

    // Similar measures of a result.
    click(cards().get(0).findElement(By.cssSelector(".similar-button")));
    wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("similar")));
    wait.until(
        d -> !d.findElements(By.cssSelector("#similar-list > li.card")).isEmpty() || similarDone());
    assertFalse(
        driver.findElements(By.cssSelector("#similar-list > li.card")).isEmpty(),
        "similar measures: " + driver.findElement(By.id("similar-source")).getText());

    // The draft box, under the filters still ticked.
    click(driver.findElement(By.cssSelector("#draft > summary")));
    WebElement draft =
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("draft-text")));
    String paragraph = "加强教师队伍建设，完善教师培养培训体系，提高乡村教师待遇，" + "推进义务教育优质均衡发展，让每个孩子都能享有公平而有质量的教育。";
    assertTrue(paragraph.length() >= 55, "about sixty characters: " + paragraph.length());
    draft.sendKeys(paragraph);
    click(driver.findElement(By.cssSelector("#draft-form button[type=submit]")));
    wait.until(
        ExpectedConditions.textToBePresentInElementLocated(By.id("similar-source"), "与草稿相似"));
    wait.until(d -> similarDone());
    assertFalse(
        driver.findElements(By.cssSelector("#similar-list > li.card")).isEmpty(),
        "draft results: " + driver.findElement(By.id("similar-source")).getText());
    // the count as the API states it: exact (共) or a lower bound (至少)
    assertTrue(
        driver
            .findElement(By.id("similar-source"))
            .getText()
            .matches(".*：(共|至少) \\d+ 条，显示前 \\d+ 条"),
        driver.findElement(By.id("similar-source")).getText());
    assertNoError();

    // Copy: record what reaches the clipboard by either path, then let the real call run.
    ((JavascriptExecutor) driver)
        .executeScript(
            "window.__copied = null;"
                + "if (navigator.clipboard) {"
                + "  const orig = navigator.clipboard.writeText.bind(navigator.clipboard);"
                + "  navigator.clipboard.writeText = (t) => { window.__copied = t; return orig(t); };"
                + "}"
                + "const cmd = document.execCommand.bind(document);"
                + "document.execCommand = (c) => {"
                + "  window.__copied = document.activeElement.value; return cmd(c); };");
    WebElement hit = cards().get(0);
    String title = hit.findElement(By.cssSelector(".speech-title")).getText();
    click(hit.findElement(By.cssSelector(".copy-button")));
    WebElement status = hit.findElement(By.cssSelector(".copy-status"));
    wait.until(ExpectedConditions.textToBePresentInElement(status, "已复制"));
    String copied = (String) ((JavascriptExecutor) driver).executeScript("return window.__copied;");
    assertTrue(copied != null && copied.contains("\n——《" + title + "》（"), "copied: " + copied);
    assertTrue(copied.contains(year), "the citation names the year: " + copied);
    boolean truncated = !hit.findElements(By.cssSelector(".speech-truncated")).isEmpty();
    assertEquals(truncated, copied.contains("》（") && copied.endsWith("（原文不完整）"), copied);
    String when = hit.findElement(By.cssSelector(".speech-year")).getText();
    assertTrue(
        copied.contains("》（" + when), "the citation dates it as the card does: " + when + copied);
    assertFalse(copied.contains("<mark>"), "plain text only");

    // Over http on an intranet address the Clipboard API is missing; a refusing one takes the
    // same fallback here, since 127.0.0.1 itself counts as a secure context.
    ((JavascriptExecutor) driver)
        .executeScript(
            "window.__copied = null;"
                + "if (navigator.clipboard) navigator.clipboard.writeText ="
                + "  () => Promise.reject(new DOMException('denied', 'NotAllowedError'));");
    WebElement second = cards().get(cards().size() > 1 ? 1 : 0);
    click(second.findElement(By.cssSelector(".copy-button")));
    wait.until(
        ExpectedConditions.textToBePresentInElement(
            second.findElement(By.cssSelector(".copy-status")), "已复制"));
    String fallback =
        (String) ((JavascriptExecutor) driver).executeScript("return window.__copied;");
    assertTrue(fallback != null && fallback.contains("\n——《"), "fallback copied: " + fallback);
    assertTrue(
        driver.findElements(By.cssSelector(".copy-buffer")).isEmpty(), "the buffer is removed");
  }

  @Test
  void aBarAndATileFilterTheResults() throws IOException {
    driver.get("http://127.0.0.1:" + app.port() + "/#q=" + "%E6%95%99%E5%B8%88");
    wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("trend")));
    wait.until(d -> total() > 0 && !d.findElements(By.cssSelector("#timeline .bar")).isEmpty());
    assertNoError();
    // the charts' text equivalents: every bar and tile says what it counts
    for (WebElement e : driver.findElements(By.cssSelector("#timeline .bar, #tilemap .tile"))) {
      assertTrue(e.getAttribute("aria-label").contains("条措施"), e.getAttribute("aria-label"));
    }

    // a bar: its year's measures are the results once it is clicked
    WebElement bar = withCount(driver.findElements(By.cssSelector("#timeline .bar")));
    String year = bar.getAttribute("data-year");
    int measures = count(bar);
    WebElement oldCard = cards().get(0);
    click(bar);
    wait.until(ExpectedConditions.stalenessOf(oldCard));
    wait.until(d -> d.getCurrentUrl().contains("year=" + year) && total() > 0);
    assertEquals(measures, total(), "the bar's count is the result count");
    for (WebElement card : cards()) {
      assertTrue(card.findElement(By.cssSelector(".meta")).getText().contains(year), year);
    }
    wait.until(
        d ->
            "true"
                .equals(
                    d.findElement(By.cssSelector("#timeline .bar[data-year='" + year + "']"))
                        .getAttribute("aria-pressed")));
    assertTrue(facetBox("year", year).isSelected(), "the sidebar ticks the year too");

    // a tile: its province's measures (of that year) are the results once it is clicked
    WebElement tile =
        withCount(driver.findElements(By.cssSelector("#tilemap button.tile[data-region]")));
    String region = tile.getAttribute("data-region");
    int inRegion = count(tile);
    oldCard = cards().get(0);
    click(tile);
    wait.until(ExpectedConditions.stalenessOf(oldCard));
    wait.until(d -> d.getCurrentUrl().contains("region=") && total() > 0);
    assertEquals(inRegion, total(), region + ": the tile's count is the result count");
    for (WebElement card : cards()) {
      assertTrue(
          card.findElement(By.cssSelector(".speech-region")).getText().contains(region), region);
    }
    assertNoError();
    screenshot("webpage-trend-desktop.png");
    driver.manage().window().setSize(new Dimension(390, 1200));
    wait.until(d -> !d.findElements(By.cssSelector("#timeline .bar")).isEmpty());
    screenshot("webpage-trend-phone.png");
    driver.manage().window().setSize(new Dimension(1280, 900));
  }

  /** The first chart element that counts at least one measure. */
  private static WebElement withCount(List<WebElement> elements) {
    for (WebElement e : elements) if (count(e) > 0) return e;
    throw new AssertionError("no bar or tile with measures");
  }

  /** The measures a bar or tile counts, from its text equivalent. */
  private static int count(WebElement e) {
    Matcher m = Pattern.compile("：(\\d+) 条措施").matcher(e.getAttribute("aria-label"));
    assertTrue(m.find(), e.getAttribute("aria-label"));
    return Integer.parseInt(m.group(1));
  }

  private static void screenshot(String name) throws IOException {
    ((JavascriptExecutor) driver).executeScript("window.scrollTo(0, 0);");
    Path shot = Path.of("target", name);
    Files.createDirectories(shot.getParent());
    Files.copy(
        ((ChromeDriver) driver).getScreenshotAs(OutputType.FILE).toPath(),
        shot,
        StandardCopyOption.REPLACE_EXISTING);
  }

  /**
   * Clicks with the element centred: the search bar is sticky, and Selenium's own scrolling puts an
   * element at the window's edge, under the bar, where the bar would take the click.
   */
  private static void click(WebElement e) {
    ((JavascriptExecutor) driver)
        .executeScript("arguments[0].scrollIntoView({block: 'center'});", e);
    e.click();
  }

  private static List<WebElement> cards() {
    return driver.findElements(By.cssSelector("#hits > li.card"));
  }

  /** The result count from the summary line, 0 while it shows something else. */
  private static int total() {
    String s = driver.findElement(By.id("summary")).getText();
    Matcher m = TOTAL.matcher(s);
    return m.find() ? Integer.parseInt(m.group(1)) : 0;
  }

  private static boolean similarDone() {
    String s = driver.findElement(By.id("similar-source")).getText();
    return !s.isEmpty() && !s.contains("查找中");
  }

  private static WebElement facetBox(String dim, String value) {
    for (WebElement box : driver.findElements(By.cssSelector(facetBoxes(dim)))) {
      if (value.equals(box.getAttribute("value"))) return box;
    }
    throw new AssertionError("no " + dim + " box for " + value);
  }

  private static String facetBoxes(String dim) {
    return ".facet[data-dim=" + dim + "] input[type=checkbox]";
  }

  /** An unticked value of the dimension with at least one hit, so ticking it keeps results. */
  private static String firstBoxWithHits(String dim) {
    for (WebElement box : driver.findElements(By.cssSelector(facetBoxes(dim)))) {
      WebElement label = box.findElement(By.xpath(".."));
      String count = label.findElement(By.cssSelector(".count")).getText();
      if (!box.isSelected() && Integer.parseInt(count.trim()) > 0) return box.getAttribute("value");
    }
    throw new AssertionError("no " + dim + " value with hits");
  }

  /** Ticks a box and waits until the old cards are replaced and the box shows ticked again. */
  private static void clickFacetAndWait(String dim, String value) {
    WebElement oldCard = cards().get(0);
    click(facetBox(dim, value));
    wait.until(ExpectedConditions.stalenessOf(oldCard));
    wait.until(
        d -> {
          try {
            return facetBox(dim, value).isSelected() && !cards().isEmpty();
          } catch (StaleElementReferenceException e) {
            return false; // re-rendered between finding and reading; look again
          }
        });
    assertTrue(
        driver.getCurrentUrl().contains(dim + "="),
        "the " + dim + " filter is in the URL: " + driver.getCurrentUrl());
  }

  private static void assertNoError() {
    WebElement error = driver.findElement(By.id("error"));
    assertFalse(error.isDisplayed(), "the error line shows: " + error.getText());
  }
}
