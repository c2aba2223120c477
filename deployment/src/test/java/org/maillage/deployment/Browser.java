package org.maillage.deployment;

import static org.openqa.selenium.support.ui.ExpectedConditions.invisibilityOf;
import static org.openqa.selenium.support.ui.ExpectedConditions.presenceOfElementLocated;
import static org.openqa.selenium.support.ui.ExpectedConditions.visibilityOfElementLocated;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.stream.Stream;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebDriverException;
import org.openqa.selenium.WebElement;
import org.maillage.testkit.web.PluginBrowser;
import org.openqa.selenium.logging.LogEntry;
import org.openqa.selenium.logging.LogType;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.maillage.testkit.web.PageCheck;

/**
 * The browser tests' view of a real headless Chromium (Debian's {@code chromium} and
 * {@code chromium-driver}) on the deployed platform, signed in through the real Keycloak of
 * {@code ./maillage test}. Screenshots go to {@code docs/screenshots/} from the first database's run.
 *
 * <p>Every state of a platform page that a test reads the heading of, takes a screenshot of, or answers a
 * confirmation in, and the last page of each browsing, is checked by the test kit's {@link PageCheck}
 * (axe-core WCAG 2.1 A/AA, contrast, reflow; desktop and phone, or only at the window's width while a modal is
 * open), once per distinct state.
 */
final class Browser {

    static final Path CHROMIUM = PluginBrowser.CHROMIUM;
    static final Path CHROMEDRIVER = PluginBrowser.CHROMEDRIVER;
    static final Duration WAIT = Duration.ofSeconds(40);
    static final Duration POLL = Duration.ofMillis(50);

    final WebDriver driver;
    final WebDriverWait wait;
    /** Where the browser saves what it downloads. */
    final Path downloads;
    private final URL base;
    /** The page states already checked (address, heading, size of the content, an open dialog). */
    private final Set<String> checked = new HashSet<>();

    private Browser(WebDriver driver, URL base, Path downloads) {
        this.driver = driver;
        // pages redraw parts of themselves after an API call: an element found may be replaced before it is read
        // polled every 50 ms, not Selenium's default 500 ms: a page that answers at once is not waited for half a second
        this.wait = new WebDriverWait(driver, WAIT, POLL) {
            /** A poll that meets a navigation (the shell sending the browser to Keycloak's login) polls again. */
            @Override
            public <V> V until(Function<? super WebDriver, ? extends V> condition) {
                return super.until(d -> {
                    try {
                        return condition.apply(d);
                    } catch (WebDriverException e) {
                        if (String.valueOf(e.getMessage()).contains("aborted by navigation")) {
                            return null;
                        }
                        throw e;
                    }
                });
            }
        };
        this.wait.ignoring(StaleElementReferenceException.class);
        this.base = base;
        this.downloads = downloads;
    }

    /** Waits for Keycloak, which starts while Maven builds (the classes are {@link NeedsKeycloak} and {@link NeedsBrowser}). */
    static void requireKeycloakAndBrowser() {
        KeycloakEndToEndIT.awaitKeycloak();
    }

    /**
     * Runs steps in the test kit's headless Chromium made new for them ({@link PluginBrowser#at}: a tab of its own, no
     * cookie and no stored data of the platform or Keycloak, the desktop window, an empty downloads folder): the JVM
     * starts one Chromium and keeps it from one browsing to the next (a start costs about two seconds of CPU, and the
     * end-to-end tests browse about forty times). The console is read at the end for Content-Security-Policy
     * refusals only: pages of these tests log errors on purpose (Keycloak down, a refused sign-in).
     */
    static void browse(URL base, Consumer<Browser> steps) {
        KeycloakWebOrigins.allow(base);
        try (PluginBrowser chromium = PluginBrowser.at(base, url(KeycloakEndToEndIT.KEYCLOAK))) {
            Browser browser = new Browser(chromium.driver(), base, chromium.downloads());
            steps.accept(browser);
            browser.check("last page");
            List<String> refused = chromium.driver().manage().logs().get(LogType.BROWSER).getAll().stream().map(LogEntry::getMessage)
                    .filter(m -> m.contains("Content Security Policy") || m.contains("Content-Security-Policy")).toList();
            if (!refused.isEmpty()) {
                throw new AssertionError("The pages broke their Content-Security-Policy: " + refused);
            }
        }
    }

    /** @return the file downloaded whose name ends with {@code suffix}, once complete */
    Path downloaded(String suffix) {
        return wait.until(d -> {
            try (Stream<Path> files = Files.list(downloads)) {
                return files.filter(f -> f.getFileName().toString().endsWith(suffix)).findFirst().orElse(null);
            } catch (IOException e) {
                return null; // not created yet
            }
        });
    }

    void open(String path) {
        driver.get(base.toString().replaceAll("/+$", "") + path);
    }

    /** Fills Keycloak's login form and waits for the shell's first page. */
    void signIn(String user) {
        waitFor(By.id("username")).sendKeys(user);
        driver.findElement(By.id("password")).sendKeys("demo");
        driver.findElement(By.id("kc-login")).click();
        waitFor(By.cssSelector("#contenu h1"));
    }

    /** Clicks the element, found again if the page redrew it meanwhile. */
    void click(By what) {
        wait.until(d -> {
            d.findElement(what).click();
            return true;
        });
    }

    WebElement waitFor(By what) {
        return wait.until(visibilityOfElementLocated(what));
    }

    /** The page's heading once shown, read again if the page redrew it meanwhile; the page is checked ({@link #check}). */
    String heading() {
        String heading = wait.until(d -> {
            WebElement h1 = d.findElement(By.cssSelector("#contenu h1"));
            return h1.isDisplayed() ? h1.getText().trim() : null;
        });
        check(heading);
        return heading;
    }

    /**
     * Checks the page as shown now with {@link PageCheck} (desktop and phone), unless it is not the platform's
     * (Keycloak's login) or this state was checked already.
     */
    void check(String state) {
        String key = (String) ((JavascriptExecutor) driver).executeScript("""
                return location.origin === arguments[0] ? [location.href, document.title,
                  document.querySelector('#contenu h1')?.textContent.trim(), document.querySelectorAll('#contenu *').length,
                  document.querySelectorAll('dialog[open], .fr-modal--opened').length, innerWidth < 600].join('|') : null""",
                base.getProtocol() + "://" + base.getAuthority());
        if (key == null || !checked.add(key)) {
            return;
        }
        // an open modal (a confirmation, the phone's menu) closes when the window crosses a breakpoint
        if (key.split("\\|")[4].equals("0")) {
            PageCheck.check(driver, state);
        } else {
            PageCheck.checkAtThisWidth(driver, state);
        }
    }

    List<String> menu() {
        wait.until(presenceOfElementLocated(By.cssSelector("#menu a")));
        return driver.findElements(By.cssSelector("#menu a")).stream().map(a -> a.getAttribute("textContent").trim()).toList();
    }

    /** The main menu's entries as the header shows them: each link's or module button's text. */
    List<String> menuEntries() {
        wait.until(presenceOfElementLocated(By.cssSelector("#menu > li")));
        return driver.findElements(By.cssSelector("#menu > li > a, #menu > li > button")).stream()
                .map(e -> e.getAttribute("textContent").trim()).toList();
    }

    /** The button of a module's entry in the main menu. */
    WebElement moduleButton(String plugin) {
        return driver.findElement(By.cssSelector("#menu button.fr-nav__btn[data-plugin='" + plugin + "']"));
    }

    /** The pages (plugin/page) in the sub-menu of a module's entry. */
    List<String> subMenu(String plugin) {
        String menu = moduleButton(plugin).getAttribute("aria-controls");
        return driver.findElements(By.cssSelector("#" + menu + " a[data-page]")).stream().map(a -> a.getAttribute("data-page")).toList();
    }

    /** Opens a plugin's page (plugin/page) from the main menu, opening its module's sub-menu first when the link is inside a closed one. */
    void openFromMenu(String page) {
        By link = By.cssSelector("#menu a[data-page='" + page + "']");
        if (!wait.until(presenceOfElementLocated(link)).isDisplayed()) {
            click(By.cssSelector("#menu button.fr-nav__btn[data-plugin='" + page.substring(0, page.indexOf('/')) + "']"));
            waitFor(link);
        }
        click(link);
    }

    /** The confirmation dialog (a DSFR modal) once open, with the focus inside it. */
    WebElement confirmation() {
        WebElement dialog = waitFor(By.cssSelector("dialog.fr-modal[open]"));
        wait.until(d -> (Boolean) ((JavascriptExecutor) d).executeScript("return arguments[0].contains(document.activeElement)", dialog));
        check("confirmation: " + dialog.findElement(By.cssSelector(".fr-modal__title")).getText());
        return dialog;
    }

    /** Answers the open confirmation dialog with its button « confirmer » or « annuler », or with the Escape key ({@code null}), and waits until it is gone. */
    void answerConfirmation(String value) {
        WebElement dialog = confirmation();
        if (value == null) {
            driver.switchTo().activeElement().sendKeys(Keys.ESCAPE);
        } else {
            dialog.findElement(By.cssSelector("button[value='" + value + "']")).click();
        }
        wait.until(invisibilityOf(dialog));
    }

    void type(String id, String text) {
        WebElement input = driver.findElement(By.id(id));
        input.clear();
        input.sendKeys(text);
    }

    void screenshot(String name) {
        check(name);
        save(name, ((TakesScreenshot) driver).getScreenshotAs(OutputType.FILE));
    }

    /** A screenshot of the window scrolled to the top of an element (an element's own screenshot stops at the window's edge). */
    void screenshotFrom(String name, By element) {
        check(name); // before scrolling: the check resizes the window
        ((JavascriptExecutor) driver).executeScript("arguments[0].scrollIntoView()", driver.findElement(element));
        screenshot(name);
    }

    void screenshot(String name, By element) {
        check(name);
        save(name, driver.findElement(element).getScreenshotAs(OutputType.FILE));
    }

    /** Screenshots go to docs/screenshots/ (they are committed). */
    private static void save(String name, File png) {
        try {
            Path folder = Path.of(System.getProperty("maillage.root", ".."), "docs", "screenshots");
            Files.createDirectories(folder);
            Files.copy(png.toPath(), folder.resolve(name + ".png"), StandardCopyOption.REPLACE_EXISTING);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static URL url(String address) {
        try {
            return new URL(address);
        } catch (java.net.MalformedURLException e) {
            throw new IllegalStateException(address, e);
        }
    }
}
