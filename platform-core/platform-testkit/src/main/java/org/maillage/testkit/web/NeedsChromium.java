package org.maillage.testkit.web;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import java.nio.file.Files;
import org.junit.jupiter.api.extension.ConditionEvaluationResult;
import org.junit.jupiter.api.extension.ExecutionCondition;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * A browser test class (or method): skipped with a clear message, before any server starts, when the machine has
 * no Chromium and chromedriver ({@link PluginBrowser#CHROMIUM}, {@link PluginBrowser#CHROMEDRIVER}).
 */
@Target({ElementType.TYPE, ElementType.METHOD})
@Retention(RetentionPolicy.RUNTIME)
@ExtendWith(NeedsChromium.Condition.class)
public @interface NeedsChromium {

    /** Enabled when both programs are there. */
    class Condition implements ExecutionCondition {
        @Override
        public ConditionEvaluationResult evaluateExecutionCondition(ExtensionContext context) {
            return Files.isExecutable(PluginBrowser.CHROMIUM) && Files.isExecutable(PluginBrowser.CHROMEDRIVER)
                    ? ConditionEvaluationResult.enabled("Chromium at " + PluginBrowser.CHROMIUM)
                    : ConditionEvaluationResult.disabled("Browser test skipped: it needs " + PluginBrowser.CHROMIUM + " and "
                            + PluginBrowser.CHROMEDRIVER + " (Debian: apt-get install chromium chromium-headless-shell chromium-driver; other paths: "
                            + "-Dmaillage.test.chromium=… -Dmaillage.test.chromedriver=…)");
        }
    }
}
