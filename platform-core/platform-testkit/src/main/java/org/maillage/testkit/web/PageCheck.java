package org.maillage.testkit.web;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;

/**
 * The accessibility check of a page in a browser test: axe-core (its version in {@link #AXE_VERSION}, from
 * npm, inside the kit) with the WCAG 2.1 A and AA rules, the colour contrast axe could not decide computed
 * from the text's colour and its real background, and the reflow (the page never scrolls sideways:
 * {@code document.documentElement.scrollWidth <= innerWidth}). Each check runs twice: on a desktop window
 * ({@link #DESKTOP}, 1280 px) and on a phone's width ({@link #PHONE}, 390 px), then gives the window its size
 * back. A serious or critical problem fails the test with the list of them; minor and moderate ones are
 * counted in the report only.
 *
 * <p>System properties: {@code maillage.test.page-check.report} names a file that gets one tab-separated line
 * per check (state, width, address, serious or critical, minor or moderate, contrasts computed, contrasts
 * left undecided, the rules of the serious or critical problems); {@code maillage.test.page-check=report} records and
 * prints the problems without failing (to measure a set of pages before fixing them).
 */
public final class PageCheck {

    /** A desktop window. */
    public static final Dimension DESKTOP = new Dimension(1280, 860);
    /** A phone (the width of most current phones, in CSS pixels). */
    public static final Dimension PHONE = new Dimension(390, 844);
    /** The axe-core in the kit (npm, pinned in the kit's package.json). */
    public static final String AXE_VERSION = readVersion();

    private static final Set<String> FAILING = Set.of("serious", "critical");
    private static final String AXE = resource("axe-core/axe.min.js");
    private static final String SCRIPT = resource("page-check.js");

    private PageCheck() {
    }

    /**
     * Checks the page as the browser shows it now, at its width and at the other one (phone or desktop).
     *
     * @param state names the page and its state in the failure and the report (e.g. « volunteer, erasure asked »)
     * @throws AssertionError listing every serious or critical problem, the page's address and the width
     */
    public static void check(WebDriver driver, String state) {
        Dimension size = driver.manage().window().getSize();
        boolean phone = size.getWidth() < 600;
        List<String> problems = new ArrayList<>();
        try {
            problems.addAll(checkAt(driver, state, phone ? PHONE : DESKTOP, !phone && size.equals(DESKTOP) || phone && size.equals(PHONE)));
            problems.addAll(checkAt(driver, state, phone ? DESKTOP : PHONE, false));
        } finally {
            resize(driver, size);
        }
        fail(state, problems);
    }

    /**
     * Checks the page at the window's width only: for a state that another width would change (an open DSFR
     * modal or burger menu closes when the window crosses a breakpoint).
     */
    public static void checkAtThisWidth(WebDriver driver, String state) {
        Dimension size = driver.manage().window().getSize();
        fail(state, checkAt(driver, state, size, true));
    }

    private static void fail(String state, List<String> problems) {
        if (problems.isEmpty()) {
            return;
        }
        if ("report".equals(System.getProperty("maillage.test.page-check"))) {
            System.out.println("[page-check] « " + state + " »\n" + String.join("\n", problems));
        } else {
            throw new AssertionError("Accessibility of « " + state + " » (axe-core " + AXE_VERSION + ", WCAG 2.1 A/AA, reflow): "
                    + problems.size() + " serious or critical problem(s)\n" + String.join("\n", problems));
        }
    }

    private static List<String> checkAt(WebDriver driver, String state, Dimension size, boolean asItIs) {
        if (!asItIs) {
            resize(driver, size);
        }
        JavascriptExecutor js = (JavascriptExecutor) driver;
        if (!Boolean.TRUE.equals(js.executeScript("return typeof window.axe === 'object'"))) {
            js.executeScript(AXE);
        }
        driver.manage().timeouts().scriptTimeout(Duration.ofSeconds(60));
        JsonObject result;
        try (JsonReader reader = Json.createReader(new StringReader(String.valueOf(js.executeAsyncScript(SCRIPT))))) {
            result = reader.readObject();
        }
        if (result.containsKey("error")) {
            throw new IllegalStateException("axe-core could not check « " + state + " »: " + result.getString("error"));
        }
        String url = driver.getCurrentUrl();
        int width = result.getInt("width");
        List<String> failing = new ArrayList<>();
        List<String> rules = new ArrayList<>();
        int minor = 0;
        for (JsonObject problem : result.getJsonArray("problems").getValuesAs(JsonObject.class)) {
            String impact = problem.getString("impact", "");
            if (FAILING.contains(impact)) {
                rules.add(problem.getString("rule").replace(' ', '_'));
                failing.add("  - at " + width + " px, " + url + "\n    [" + impact + "] " + problem.getString("rule") + ": "
                        + problem.getString("help") + "\n    " + problem.getString("where")
                        + (problem.getString("html").isEmpty() ? "" : "\n    " + problem.getString("html")));
            } else {
                minor++;
            }
        }
        report(String.join("\t", state, String.valueOf(width), url, String.valueOf(failing.size()), String.valueOf(minor),
                String.valueOf(result.getInt("contrastDecided")), String.valueOf(result.getInt("contrastUndecided")), String.join(" ", rules)));
        return failing;
    }

    /** Gives the window a size and waits until the page has laid itself out at that width. */
    private static void resize(WebDriver driver, Dimension size) {
        if (driver.manage().window().getSize().equals(size)) {
            return;
        }
        driver.manage().window().setSize(size);
        JavascriptExecutor js = (JavascriptExecutor) driver;
        long until = System.nanoTime() + Duration.ofSeconds(5).toNanos();
        while (System.nanoTime() < until && ((Number) js.executeScript("return window.innerWidth")).intValue() != size.getWidth()) {
            Thread.onSpinWait();
        }
        js.executeAsyncScript("const done = arguments[0]; requestAnimationFrame(() => requestAnimationFrame(() => done()))");
    }

    private static synchronized void report(String line) {
        String file = System.getProperty("maillage.test.page-check.report");
        if (file == null || file.isBlank()) {
            return;
        }
        try {
            Path path = Path.of(file);
            if (path.getParent() != null) {
                Files.createDirectories(path.getParent());
            }
            Files.writeString(path, line.replaceAll("[\r\n]", " ") + "\n", StandardCharsets.UTF_8, StandardOpenOption.CREATE, StandardOpenOption.APPEND);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String readVersion() {
        try (JsonReader reader = Json.createReader(new StringReader(resource("axe-core/package.json")))) {
            return reader.readObject().getString("version");
        }
    }

    private static String resource(String name) {
        try (InputStream in = PageCheck.class.getResourceAsStream(name)) {
            if (in == null) {
                throw new IllegalStateException(name + " is missing beside PageCheck: the kit's build copies it from npm (npm ci)");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
