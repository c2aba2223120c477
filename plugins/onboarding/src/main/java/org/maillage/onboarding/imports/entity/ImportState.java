package org.maillage.onboarding.imports.entity;

/** QUEUED → RUNNING → DONE, or FAILED at any point (unreadable file, missing column, interruption). */
public enum ImportState {
    QUEUED, RUNNING, DONE, FAILED;

    public boolean finished() {
        return this == DONE || this == FAILED;
    }
}
