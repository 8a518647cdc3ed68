package jp.mebuki.web.support;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.List;
import java.util.Map;

import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.Keys;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * Debian's headless Chromium driven by Debian's ChromeDriver (nothing is downloaded: both paths are
 * given, so Selenium Manager is never asked). One browser per test, with a fresh profile; screenshots
 * go to {@code target/screenshots}.
 */
public final class Browser implements AutoCloseable {

    public static final Path SCREENSHOTS = Path.of("target", "screenshots");
    private static final String CHROMIUM = "/usr/bin/chromium";
    private static final String CHROMEDRIVER = "/usr/bin/chromedriver";

    private final ChromeDriver driver;
    private final String base;
    private final Path profile;

    /**
     * @param acceptLanguage the browser's language preference, e.g. {@code ja} or {@code en-US}
     */
    public Browser(int port, String acceptLanguage) {
        this.base = "http://localhost:" + port;
        try {
            this.profile = Files.createTempDirectory("mebuki-chromium-");
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
        ChromeOptions options = new ChromeOptions();
        options.setBinary(CHROMIUM);
        options.addArguments("--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
                "--disable-background-networking", "--disable-component-update", "--disable-sync",
                "--disable-dev-shm-usage", "--user-data-dir=" + profile, "--window-size=1280,900",
                "--lang=" + acceptLanguage);
        options.setExperimentalOption("prefs", Map.of("intl.accept_languages", acceptLanguage));
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(new File(CHROMEDRIVER)).usingAnyFreePort().build();
        this.driver = new ChromeDriver(service, options);
        driver.manage().timeouts().implicitlyWait(Duration.ofSeconds(2));
    }

    public Browser open(String path) {
        driver.get(base + path);
        return this;
    }

    public Browser signIn(String user) {
        open("/login");
        type("username", user);
        type("password", Api.PASSWORD);
        click("sign-in");
        return this;
    }

    public Browser signOut() {
        driver.findElement(By.cssSelector(".account button")).click();
        return this;
    }

    public Browser type(String id, String text) {
        WebElement field = driver.findElement(By.id(id));
        field.clear();
        // clear() leaves some inputs (e.g. type=number after a refused value) untouched; select and delete too
        field.sendKeys(Keys.chord(Keys.CONTROL, "a"), Keys.DELETE);
        field.sendKeys(text);
        return this;
    }

    /** Chooses a file for a file input, as a person picking it in the file dialog. */
    public Browser attach(String id, Path file) {
        driver.findElement(By.id(id)).sendKeys(file.toAbsolutePath().toString());
        return this;
    }

    public Browser choose(String id, String value) {
        new Select(driver.findElement(By.id(id))).selectByValue(value);
        return this;
    }

    /** Sets an input's value as the browser's own picker would (date inputs take no typed ISO dates). */
    public Browser setValue(String id, String value) {
        driver.executeScript("arguments[0].value = arguments[1];", driver.findElement(By.id(id)), value);
        return this;
    }

    /** Clicks a button or link that loads a new page, and waits until the new page has replaced the old one. */
    public Browser click(String id) {
        return navigate(driver.findElement(By.id(id)));
    }

    public Browser clickCss(String css) {
        return navigate(driver.findElement(By.cssSelector(css)));
    }

    private Browser navigate(WebElement target) {
        WebElement page = driver.findElement(By.tagName("html"));
        target.click();
        new WebDriverWait(driver, Duration.ofSeconds(20)).until(d -> isReplaced(page));
        return this;
    }

    /**
     * Like {@code ExpectedConditions.stalenessOf}, but ChromeDriver sometimes reports a replaced node as
     * "does not belong to the document" instead of a stale element: both mean the old page is gone.
     */
    private static boolean isReplaced(WebElement page) {
        try {
            page.isEnabled();
            return false;
        } catch (org.openqa.selenium.StaleElementReferenceException e) {
            return true;
        } catch (org.openqa.selenium.WebDriverException e) {
            if (e.getMessage() != null && e.getMessage().contains("does not belong to the document")) {
                return true;
            }
            throw e;
        }
    }

    /** Clicks the radio button or check box of the named input with the given value. */
    public Browser check(String name, String value) {
        driver.findElement(By.cssSelector("input[name='" + name + "'][value='" + value + "']")).click();
        return this;
    }

    public String text(String css) {
        return driver.findElement(By.cssSelector(css)).getText();
    }

    public List<String> texts(String css) {
        return driver.findElements(By.cssSelector(css)).stream().map(WebElement::getText).toList();
    }

    public List<WebElement> all(String css) {
        return driver.findElements(By.cssSelector(css));
    }

    public String title() {
        return driver.getTitle();
    }

    public String path() {
        return driver.getCurrentUrl().substring(base.length());
    }

    public String html() {
        return driver.getPageSource();
    }

    public String lang() {
        return driver.findElement(By.tagName("html")).getAttribute("lang");
    }

    public Browser waitFor(java.util.function.Function<Browser, Boolean> condition) {
        return waitFor(Duration.ofSeconds(20), condition);
    }

    /** For pages that load much script on their first visit, e.g. Cockpit's single-page app on a busy CI machine. */
    public Browser waitFor(Duration patience, java.util.function.Function<Browser, Boolean> condition) {
        new WebDriverWait(driver, patience).until(d -> condition.apply(this));
        return this;
    }

    public Browser size(int width, int height) {
        driver.manage().window().setSize(new Dimension(width, height));
        return this;
    }

    /** Saves a full-page screenshot as {@code target/screenshots/<name>.png}. */
    public Path screenshot(String name) {
        try {
            Files.createDirectories(SCREENSHOTS);
            long height = ((Number) driver.executeScript(
                    "return Math.max(document.body.scrollHeight, document.documentElement.scrollHeight)")).longValue();
            Dimension size = driver.manage().window().getSize();
            driver.manage().window().setSize(new Dimension(size.getWidth(), (int) Math.min(Math.max(height + 140, 600), 4000)));
            File shot = ((TakesScreenshot) driver).getScreenshotAs(OutputType.FILE);
            driver.manage().window().setSize(size);
            Path target = SCREENSHOTS.resolve(name + ".png");
            Files.copy(shot.toPath(), target, StandardCopyOption.REPLACE_EXISTING);
            return target;
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    @Override
    public void close() {
        driver.quit();
        try (var files = Files.walk(profile)) {
            files.sorted(java.util.Comparator.reverseOrder()).map(Path::toFile).forEach(File::delete);
        } catch (IOException e) {
            // a leftover temporary profile does no harm
        }
    }
}
