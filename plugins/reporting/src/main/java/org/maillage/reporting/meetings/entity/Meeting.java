package org.maillage.reporting.meetings.entity;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;

/**
 * A meeting of the commission réseau: network data (no tenant), read by the cooperations it invites.
 * Its minutes and decisions are shown to them once published.
 */
@Entity
@Table(name = "reporting_meeting")
public class Meeting {

    @Id
    private String id;

    @Column(name = "title", nullable = false)
    private String title;

    @Column(name = "starts_at", nullable = false)
    private OffsetDateTime startsAt;

    @Column(name = "ends_at", nullable = false)
    private OffsetDateTime endsAt;

    @Column(name = "place")
    private String place;

    @Column(name = "video_link")
    private String videoLink;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "reporting_meeting_invited", joinColumns = @JoinColumn(name = "meeting_id"))
    @Column(name = "cooperation", nullable = false)
    private Set<String> invited = new LinkedHashSet<>();

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "reporting_agenda_item", joinColumns = @JoinColumn(name = "meeting_id"))
    @OrderColumn(name = "position")
    private List<AgendaItem> agenda = new ArrayList<>();

    @Column(name = "minutes", nullable = false)
    private String minutes = "";

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "reporting_decision", joinColumns = @JoinColumn(name = "meeting_id"))
    @OrderColumn(name = "position")
    private List<Decision> decisions = new ArrayList<>();

    @Column(name = "published", nullable = false)
    private boolean published;

    @Column(name = "updated_at", nullable = false)
    private OffsetDateTime updatedAt;

    @Version
    private long version;

    protected Meeting() {
    }

    public Meeting(MeetingPlan plan, OffsetDateTime now) {
        this.id = UUID.randomUUID().toString();
        plan(plan, now);
    }

    /** Sets when, where, what and who; the caller checked the plan. */
    public void plan(MeetingPlan plan, OffsetDateTime now) {
        this.title = plan.title();
        this.startsAt = plan.startsAt();
        this.endsAt = plan.endsAt();
        this.place = plan.place();
        this.videoLink = plan.videoLink();
        this.invited = new LinkedHashSet<>(plan.invited());
        this.updatedAt = now;
    }

    /** Writes what was said and decided; published, the invited cooperations read it. */
    public void record(String minutes, List<Decision> decisions, boolean published, OffsetDateTime now) {
        this.minutes = minutes;
        this.decisions = new ArrayList<>(decisions);
        this.published = published;
        this.updatedAt = now;
    }

    /** @return false when the same source is already on the agenda */
    public boolean add(AgendaItem item, OffsetDateTime now) {
        if (agenda.stream().anyMatch(item::sameSource)) {
            return false;
        }
        agenda.add(item);
        updatedAt = now;
        return true;
    }

    public void removeItem(int index, OffsetDateTime now) {
        agenda.remove(index);
        updatedAt = now;
    }

    public boolean invites(String cooperation) {
        return invited.contains(cooperation);
    }

    public String id() {
        return id;
    }

    public String title() {
        return title;
    }

    public OffsetDateTime startsAt() {
        return startsAt;
    }

    public OffsetDateTime endsAt() {
        return endsAt;
    }

    public String place() {
        return place;
    }

    public String videoLink() {
        return videoLink;
    }

    public Set<String> invited() {
        return Set.copyOf(invited);
    }

    public List<AgendaItem> agenda() {
        return List.copyOf(agenda);
    }

    public String minutes() {
        return minutes;
    }

    public List<Decision> decisions() {
        return List.copyOf(decisions);
    }

    public boolean published() {
        return published;
    }

    public OffsetDateTime updatedAt() {
        return updatedAt;
    }

    public long version() {
        return version;
    }
}
