package org.maillage.reporting.meetings.boundary;

import java.time.OffsetDateTime;
import java.util.List;
import org.maillage.reporting.meetings.entity.AgendaItem;
import org.maillage.reporting.meetings.entity.Decision;
import org.maillage.reporting.meetings.entity.Meeting;

/**
 * A meeting as shown. For a cooperation, the minutes and decisions of an unpublished meeting are left out
 * ({@code minutes} null, {@code decisions} empty). {@code untold}: in the answer to a save, the cooperations that had news
 * but could not be told by e-mail (no contact address); empty otherwise.
 */
public record MeetingView(String id, String title, OffsetDateTime startsAt, OffsetDateTime endsAt, String place, String videoLink,
                          List<String> invited, List<Item> agenda, String minutes, List<DecisionView> decisions, boolean published,
                          long version, List<String> untold) {

    public record Item(int position, String kind, String title, String cooperation, String reference) {
    }

    public record DecisionView(String text, String followUp) {
    }

    /** The network's view: everything. */
    static MeetingView full(Meeting m) {
        return of(m, true);
    }

    /** A cooperation's view: the minutes and decisions once published. */
    static MeetingView invited(Meeting m) {
        return of(m, m.published());
    }

    /** The network's view of a meeting just saved, with the cooperations that could not be told. */
    static MeetingView saved(Meeting m, List<String> untold) {
        MeetingView v = full(m);
        return new MeetingView(v.id, v.title, v.startsAt, v.endsAt, v.place, v.videoLink, v.invited, v.agenda, v.minutes, v.decisions,
                v.published, v.version, List.copyOf(untold));
    }

    private static MeetingView of(Meeting m, boolean withMinutes) {
        List<AgendaItem> agenda = m.agenda();
        List<Item> items = java.util.stream.IntStream.range(0, agenda.size()).mapToObj(i -> new Item(i, agenda.get(i).kind().name(),
                agenda.get(i).title(), agenda.get(i).cooperation(), agenda.get(i).reference())).toList();
        List<Decision> decisions = withMinutes ? m.decisions() : List.of();
        return new MeetingView(m.id(), m.title(), m.startsAt(), m.endsAt(), m.place(), m.videoLink(),
                m.invited().stream().sorted().toList(), items, withMinutes ? m.minutes() : null,
                decisions.stream().map(d -> new DecisionView(d.text(), d.followUp())).toList(), m.published(), m.version(), List.of());
    }
}
