package org.maillage.reporting.meetings.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

/** A decision the commission took, and who follows it up (a cooperation, the national team: as written). */
@Embeddable
public class Decision {

    @Column(name = "text", nullable = false)
    private String text;

    @Column(name = "follow_up", nullable = false)
    private String followUp;

    protected Decision() {
    }

    public Decision(String text, String followUp) {
        this.text = text;
        this.followUp = followUp;
    }

    public String text() {
        return text;
    }

    public String followUp() {
        return followUp;
    }
}
