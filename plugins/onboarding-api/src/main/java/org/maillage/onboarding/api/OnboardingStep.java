package org.maillage.onboarding.api;

import org.maillage.platform.api.plugin.ExtensionPoint;

/**
 * A step another plugin adds to a volunteer's way in, such as a training session: the plugin keeps
 * what it knows of it; onboarding shows the steps on the volunteer's page
 * ({@code GET …/onboarding/volunteers/{id}/steps}) and lets a coordinator record one
 * ({@code POST …/onboarding/volunteers/{id}/steps/{stepId}}). Every call works on the current
 * cooperation, inside the caller's transaction.
 */
@ExtensionPoint(plugin = "onboarding")
public interface OnboardingStep {

    /** @return the step's id, unique among the steps: {@code [a-z0-9-]+} */
    String id();

    /** @return its French name, for example « Formation à l'écoute » */
    String label();

    /** @return whether the volunteer has done the step */
    boolean done(String volunteerId);

    /**
     * Records that the volunteer has done the step.
     *
     * @param by the login of the coordinator who records it
     */
    void record(String volunteerId, String by);
}
