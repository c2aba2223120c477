package org.maillage.deployment;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.extension.ConditionEvaluationResult;
import org.junit.jupiter.api.extension.ExecutionCondition;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * A test class (or method) that drives the machine's Chromium through its chromedriver: skipped, before
 * any server starts, when they are not installed ({@code ./maillage test} installs them as root, while Maven
 * builds: the file named by {@code -Dmaillage.test.browser-install} exists until that install ends, and the
 * condition waits for it, up to ten minutes, before it looks).
 */
@Target({ElementType.TYPE, ElementType.METHOD})
@Retention(RetentionPolicy.RUNTIME)
@ExtendWith(NeedsBrowser.Condition.class)
@interface NeedsBrowser {

    class Condition implements ExecutionCondition {
        @Override
        public ConditionEvaluationResult evaluateExecutionCondition(ExtensionContext context) {
            awaitInstall();
            return Files.isExecutable(Browser.CHROMIUM) && Files.isExecutable(Browser.CHROMEDRIVER)
                    ? ConditionEvaluationResult.enabled("Chromium at " + Browser.CHROMIUM)
                    : ConditionEvaluationResult.disabled("the browser tests need " + Browser.CHROMIUM + " and " + Browser.CHROMEDRIVER
                            + " (Debian: apt-get install chromium chromium-headless-shell chromium-driver)");
        }

        private static void awaitInstall() {
            String pending = System.getProperty("maillage.test.browser-install", "");
            long deadline = System.nanoTime() + Duration.ofMinutes(10).toNanos();
            while (!pending.isBlank() && Files.exists(Path.of(pending)) && System.nanoTime() < deadline) {
                try {
                    Thread.sleep(500);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    return;
                }
            }
        }
    }
}
