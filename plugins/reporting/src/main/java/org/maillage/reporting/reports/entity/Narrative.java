package org.maillage.reporting.reports.entity;

/** What the coordinator writes in a report; every text is plain, without markup. */
public record Narrative(String highlights, String difficulties, String needs, String teamStories, String contactEmail) {
}
