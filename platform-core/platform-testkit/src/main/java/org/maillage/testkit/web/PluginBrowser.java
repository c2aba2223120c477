package org.maillage.testkit.web;

import static org.openqa.selenium.support.ui.ExpectedConditions.visibilityOfElementLocated;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.logging.Level;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.TimeoutException;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.WindowType;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.logging.LogEntry;
import org.openqa.selenium.logging.LogType;
import org.openqa.selenium.logging.LoggingPreferences;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * A plugin's page in the machine's headless Chromium, signed in, for a browser test in a few lines:
 *
 * <pre>{@code
 * try (PluginBrowser browser = PluginBrowser.signedIn(base, Tokens.coordinator(slug))) {
 *     browser.open(slug, "myplugin", "registrations");
 *     assertEquals("Inscriptions", browser.heading());
 *     browser.type("champ-email", "jean@exemple.fr").click(By.cssSelector("button[type=submit]"));
 *     browser.check("registrations, one added");        // PageCheck: axe-core WCAG 2.1 A/AA, reflow
 * }                                                      // close(): fails on a console error (an API 4xx is not one)
 * }</pre>
 *
 * <p>{@link #signedIn(URL, String)} signs in with a test token through the kit's own sign-in server
 * ({@link TestSignIn}; every test deployment of the kit without a Keycloak points browsers at it);
 * {@link #signedInAs(URL, String, String)} fills the real Keycloak's login form, for a platform deployed
 * with one. Annotate the class {@link NeedsChromium}: without Chromium it is skipped before any server starts.
 * The browser is Debian's {@code chromium-headless-shell} (else its {@code chromium}) with {@code chromium-driver}
 * ({@code -Dmaillage.test.chromium}, {@code -Dmaillage.test.chromedriver} for other paths); Selenium Manager never
 * downloads anything.
 */
public final class PluginBrowser implements AutoCloseable {

    private static final String HEADLESS_SHELL = "/usr/lib/chromium/chromium-headless-shell";
    /** The downloads folder, within the profile. */
    private static final String DOWNLOADS = "telechargements";

    /**
     * The browser: {@code -Dmaillage.test.chromium}, else Debian's {@code chromium-headless-shell} when installed,
     * else {@code /usr/bin/chromium}. The headless shell is Chromium's headless mode of old, a build without the
     * desktop browser around the page: the same pages cost about a quarter less CPU there (AccessibilityWebIT
     * alone: 55 s of the browser's CPU against 75 s in {@code chromium --headless=new}).
     */
    public static final Path CHROMIUM = Path.of(System.getProperty("maillage.test.chromium",
            Files.isExecutable(Path.of(HEADLESS_SHELL)) ? HEADLESS_SHELL : "/usr/bin/chromium"));
    public static final Path CHROMEDRIVER = Path.of(System.getProperty("maillage.test.chromedriver", "/usr/bin/chromedriver"));
    /** How long the helper waits for an element (a loaded machine is slow). */
    public static final Duration WAIT = Duration.ofSeconds(40);

    /** Chrome's line for an API call that the platform answered with a 4xx status. */
    private static final Pattern API_REFUSAL = Pattern.compile("/api/\\S* - Failed to load resource: the server responded with a status of 4\\d\\d");

    private final WebDriver driver;
    private final WebDriverWait wait;
    private final String base;
    private final Path profile;
    private final List<String> consoleErrors = new ArrayList<>();

    private PluginBrowser(WebDriver driver, String base, Path profile) {
        this.driver = driver;
        this.wait = new WebDriverWait(driver, WAIT);
        this.wait.ignoring(StaleElementReferenceException.class);
        this.base = base;
        this.profile = profile;
    }

    /**
     * @param base  the platform's address ({@code @ArquillianResource URL base})
     * @param token a test token ({@code Tokens.coordinator(slug)}, {@code Tokens.token("lea").in(slug, Roles.COORDINATOR).sign()}…)
     * @return a browser signed in with this token, on the platform's home page
     */
    public static PluginBrowser signedIn(URL base, String token) {
        PluginBrowser browser = at(base);
        try {
            synchronized (TestSignIn.class) {
                TestSignIn.next(token);
                browser.driver.get(browser.base + "/");
                browser.signedInOrSayWhy();
            }
            return browser;
        } catch (RuntimeException e) {
            browser.quit();
            throw e;
        }
    }

    /**
     * @return a browser signed in through the login form of the Keycloak the platform sends browsers to (a
     *         platform deployed with a real Keycloak), on the platform's home page
     */
    public static PluginBrowser signedInAs(URL base, String user, String password) {
        PluginBrowser browser = at(base);
        try {
            browser.driver.get(browser.base + "/");
            browser.waitFor(By.id("username")).sendKeys(user);
            browser.driver.findElement(By.id("password")).sendKeys(password);
            browser.driver.findElement(By.id("kc-login")).click();
            browser.signedInOrSayWhy();
            return browser;
        } catch (RuntimeException e) {
            browser.quit();
            throw e;
        }
    }

    /**
     * @param base   the platform's address
     * @param others other origins whose cookies and stored data must be gone too (a real Keycloak's)
     * @return a browser made new and signed in nowhere, on a blank page, its downloads folder empty: for a public page
     *         (a self-service link a person follows from an e-mail) or a test that signs in its own way
     */
    public static PluginBrowser at(URL base, URL... others) {
        String address = base.toString().replaceAll("/+$", "");
        Spare spare = Spare.take();
        if (spare != null) {
            try {
                URL[] origins = Stream.concat(Stream.of(base), Stream.of(others)).toArray(URL[]::new);
                PluginBrowser browser = new PluginBrowser(renewed(spare.driver(), origins), address, spare.profile());
                delete(browser.downloads());
                return browser;
            } catch (RuntimeException e) {
                quit(spare.driver(), spare.profile()); // a browser that cannot be made new is not used again
            }
        }
        Path profile;
        try {
            profile = Files.createTempDirectory("maillage-chromium");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return new PluginBrowser(chromium(profile), address, profile);
    }

    /** Waits for the shell's first page; when it never comes, fails with where the browser is and what its console says. */
    private void signedInOrSayWhy() {
        try {
            waitFor(By.cssSelector("#contenu h1"));
        } catch (TimeoutException e) {
            throw new AssertionError("The browser did not get signed in: it is at " + driver.getCurrentUrl() + " showing « "
                    + driver.findElement(By.tagName("body")).getText() + " »; console: " + consoleErrors(), e);
        }
    }

    /** Opens a cooperation's page of a plugin ({@code #/coop/<slug>/<plugin>/<page>}) and waits for its {@code h1}. */
    public PluginBrowser open(String slug, String plugin, String page) {
        return openRoute("#/coop/" + slug + "/" + plugin + "/" + page);
    }

    /** Opens a national page of a plugin ({@code #/national/pages/<plugin>/<page>}) and waits for its {@code h1}. */
    public PluginBrowser openNational(String plugin, String page) {
        return openRoute("#/national/pages/" + plugin + "/" + page);
    }

    /**
     * Opens the route and waits for a heading drawn after it: the shell changes pages within the document, so the
     * page it leaves keeps its heading until the new one is drawn; the old heading is marked first, and not taken.
     */
    private PluginBrowser openRoute(String route) {
        ((JavascriptExecutor) driver).executeScript("document.querySelectorAll('#contenu h1').forEach(h => h.dataset.left = 'yes')");
        driver.get(base + "/" + route);
        waitFor(By.cssSelector("#contenu h1:not([data-left])"));
        return this;
    }

    /** @return the Selenium handle, for anything the helper does not say */
    public WebDriver driver() {
        return driver;
    }

    /** @return the folder where the browser saves what it downloads (a CSV, a PDF), empty when the test began */
    public Path downloads() {
        return profile.resolve(DOWNLOADS);
    }

    /** @return the element once visible (waits up to {@link #WAIT}) */
    public WebElement waitFor(By what) {
        return wait.until(visibilityOfElementLocated(what));
    }

    /** @return the text of the page's heading ({@code #contenu h1}) once shown and no longer « Chargement… » */
    public String heading() {
        return wait.until(d -> {
            WebElement h1 = d.findElement(By.cssSelector("#contenu h1"));
            String text = h1.isDisplayed() ? h1.getText().trim() : "";
            return text.isEmpty() || text.startsWith("Chargement") ? null : text;
        });
    }

    /** Waits until the page's main content ({@code #contenu}) shows the text. */
    public PluginBrowser awaitText(String text) {
        wait.withMessage(() -> "« " + text + " » never appeared in " + driver.findElement(By.id("contenu")).getText())
                .until(d -> d.findElement(By.id("contenu")).getText().contains(text));
        return this;
    }

    /** Types into the field of this id (ui.js's {@code field()} gives {@code champ-<name>}), after clearing it. */
    public PluginBrowser type(String id, String text) {
        WebElement input = waitFor(By.id(id));
        input.clear();
        input.sendKeys(text);
        return this;
    }

    /** Clicks the element, found again if the page redrew it meanwhile. */
    public PluginBrowser click(By what) {
        wait.until(d -> {
            d.findElement(what).click();
            return true;
        });
        return this;
    }

    /** Checks the page as shown now with {@link PageCheck} (desktop and phone). */
    public PluginBrowser check(String state) {
        PageCheck.check(driver, state);
        return this;
    }

    /**
     * @return the console errors of the pages so far: a Content-Security-Policy refusal, an uncaught exception, a
     *         failed load of a file, an API call that answered 5xx. An API call answered 4xx is not one: it is the
     *         platform refusing a request (a form's errors), which the page shows; the test checks that it does.
     */
    public List<String> consoleErrors() {
        driver.manage().logs().get(LogType.BROWSER).getAll().stream()
                .filter(e -> e.getLevel().intValue() >= Level.SEVERE.intValue())
                .map(LogEntry::getMessage)
                .filter(m -> !m.contains("favicon.ico") && !API_REFUSAL.matcher(m).find())
                .forEach(consoleErrors::add);
        return List.copyOf(consoleErrors);
    }

    /**
     * Ends the test's use of the browser; fails when a page wrote an error to the console. A browser whose pages
     * wrote none is kept for the next {@code PluginBrowser} of the JVM, made new then ({@link #renewed}): a
     * Chromium start costs about two seconds of CPU. The JVM's end quits it.
     */
    @Override
    public void close() {
        List<String> errors;
        try {
            errors = consoleErrors();
        } catch (RuntimeException e) {
            quit();
            throw e;
        }
        if (!errors.isEmpty()) {
            quit();
            throw new AssertionError("The pages wrote errors to the browser's console:\n  " + String.join("\n  ", errors));
        }
        Spare.keep(driver, profile);
    }

    private void quit() {
        quit(driver, profile);
    }

    private static void quit(WebDriver driver, Path profile) {
        try {
            driver.quit();
        } finally {
            delete(profile);
        }
    }

    private static void delete(Path folder) {
        try (Stream<Path> paths = Files.walk(folder)) {
            paths.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        } catch (IOException e) {
            // a leftover temporary folder is harmless (a profile), or absent (no download yet)
        }
    }

    /**
     * Makes a Chromium of {@link #chromium} new for another test without starting another: a tab of its own (the
     * others closed, with their session storage), no cookie of any site, no stored data of the {@code origins}
     * (local storage, caches…), the desktop window, its console read (the next test reads only its own).
     *
     * @return the same driver
     */
    public static WebDriver renewed(WebDriver driver, URL... origins) {
        driver.switchTo().newWindow(WindowType.TAB);
        String tab = driver.getWindowHandle();
        for (String handle : driver.getWindowHandles()) {
            if (!handle.equals(tab)) {
                driver.switchTo().window(handle).close();
            }
        }
        driver.switchTo().window(tab);
        ChromeDriver chrome = (ChromeDriver) driver;
        chrome.executeCdpCommand("Network.clearBrowserCookies", Map.of());
        for (URL origin : origins) {
            chrome.executeCdpCommand("Storage.clearDataForOrigin",
                    Map.of("origin", origin.getProtocol() + "://" + origin.getAuthority(), "storageTypes", "all"));
        }
        driver.manage().window().setSize(PageCheck.DESKTOP);
        driver.manage().logs().get(LogType.BROWSER);
        return driver;
    }

    /** The JVM's spare Chromium: one kept between {@code PluginBrowser}s, quit when the JVM ends. */
    private record Spare(WebDriver driver, Path profile) {

        private static Spare kept;

        static {
            Runtime.getRuntime().addShutdownHook(new Thread(() -> {
                Spare last = take();
                if (last != null) {
                    quit(last.driver(), last.profile());
                }
            }));
        }

        static synchronized Spare take() {
            Spare spare = kept;
            kept = null;
            return spare;
        }

        static void keep(WebDriver driver, Path profile) {
            driver.get("about:blank"); // a page left open keeps drawing (DSFR's render loop asks a frame at each frame)
            Spare other;
            synchronized (Spare.class) {
                other = kept;
                kept = new Spare(driver, profile);
            }
            if (other != null) {
                quit(other.driver(), other.profile()); // two browsers were open at once: one is enough to keep
            }
        }
    }

    /**
     * A headless Chromium speaking French, 1280 × 860, with {@code profile} as its own profile folder (downloads go
     * to its {@code telechargements} folder) and its console kept for reading; its driver is {@link #CHROMEDRIVER},
     * never one Selenium Manager would look for. For a test that drives the browser itself; quit it when done.
     */
    public static WebDriver chromium(Path profile) {
        ChromeOptions options = new ChromeOptions();
        options.setBinary(CHROMIUM.toFile());
        if (CHROMIUM.getFileName().toString().contains("headless-shell")) {
            // so that chromedriver opens the first tab itself: the shell started without an address has none
            options.setCapability("browserName", "chrome-headless-shell");
        }
        options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run",
                "--disable-default-apps", "--window-size=1280,860", "--lang=fr-FR", "--user-data-dir=" + profile);
        options.setExperimentalOption("prefs", Map.of("intl.accept_languages", "fr-FR,fr",
                "download.default_directory", profile.resolve(DOWNLOADS).toString()));
        LoggingPreferences logs = new LoggingPreferences();
        logs.enable(LogType.BROWSER, Level.ALL);
        options.setCapability("goog:loggingPrefs", logs);
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(CHROMEDRIVER.toFile()).usingAnyFreePort().build();
        return new ChromeDriver(service, options);
    }
}
