package org.maillage.deployment;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.junit.jupiter.api.extension.ConditionEvaluationResult;
import org.junit.jupiter.api.extension.ExecutionCondition;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * A test class that needs the run's real Keycloak, which {@code ./maillage test} starts and names with
 * {@code -Dmaillage.test.keycloak.url}: without it the class is skipped before any server starts.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@ExtendWith(NeedsKeycloak.Condition.class)
@interface NeedsKeycloak {

    class Condition implements ExecutionCondition {
        @Override
        public ConditionEvaluationResult evaluateExecutionCondition(ExtensionContext context) {
            return KeycloakEndToEndIT.KEYCLOAK.isEmpty()
                    ? ConditionEvaluationResult.disabled("no Keycloak: run through ./maillage test, which starts one and sets maillage.test.keycloak.url")
                    : ConditionEvaluationResult.enabled("Keycloak at " + KeycloakEndToEndIT.KEYCLOAK);
        }
    }
}
