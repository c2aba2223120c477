package org.maillage.reporting.meetings.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.OffsetDateTime;
import org.maillage.platform.api.errors.ApiError;
import org.maillage.platform.api.tenant.TenantWork;
import org.maillage.reporting.api.AgendaProposal;
import org.maillage.reporting.meetings.entity.AgendaItem;
import org.maillage.reporting.meetings.entity.AgendaKind;
import org.maillage.reporting.meetings.entity.Meeting;
import org.maillage.reporting.meetings.entity.Question;
import org.maillage.reporting.reports.control.CooperationReports;

/**
 * What goes on a meeting's agenda: a cooperation's sent report (read as that cooperation, in a transaction of
 * its own, before the meeting's), a pending question, a plugin's proposal, or a subject the network writes.
 * A source already on the meeting's agenda is a 409; a question is on one agenda at a time.
 */
@ApplicationScoped
public class Agenda {

    /** What a network admin asks to put on the agenda: {@code reference} names the report, question or proposal. */
    public record Request(AgendaKind kind, String cooperation, String reference, String title) {
    }

    @Inject
    Meetings meetings;

    @Inject
    Questions questions;

    @Inject
    Proposals proposals;

    @Inject
    TenantWork tenantWork;

    @Inject
    CooperationReports reports;

    /** Reads a sent report as its cooperation; call it outside a transaction. @return its agenda item */
    public AgendaItem sentReport(String cooperation, String reportId) throws Exception {
        if (cooperation == null || reportId == null) {
            throw ApiError.invalidField("reference", "le rapport et sa coopération sont obligatoires");
        }
        try {
            String title = tenantWork.call(cooperation, () -> reports.sentTitle(reportId));
            return new AgendaItem(AgendaKind.REPORT, title + " — " + cooperation, cooperation, reportId);
        } catch (IllegalStateException e) {
            throw ApiError.invalidField("cooperation", e.getMessage());
        }
    }

    /** @param report the item {@link #sentReport} made, for a {@link AgendaKind#REPORT} request */
    @Transactional
    public Meeting add(String meetingId, long version, Request request, AgendaItem report, OffsetDateTime now) {
        Meeting meeting = meetings.existing(meetingId);
        AgendaItem item = switch (request.kind()) {
            case REPORT -> report;
            case QUESTION -> question(meeting, request.reference());
            case PROPOSAL -> proposal(request.reference());
            case NETWORK -> network(request.title());
        };
        return meetings.change(meetingId, version, m -> {
            if (!m.add(item, now)) {
                throw new ApiError(409, "Ce sujet est déjà à l’ordre du jour de cette réunion.");
            }
        });
    }

    @Transactional
    public Meeting remove(String meetingId, long version, String position, OffsetDateTime now) {
        Meeting meeting = meetings.existing(meetingId);
        int index = index(meeting, position);
        AgendaItem item = meeting.agenda().get(index);
        if (item.kind() == AgendaKind.QUESTION) {
            questions.existing(item.reference()).scheduleIn(null);
        }
        return meetings.change(meetingId, version, m -> m.removeItem(index, now));
    }

    private static int index(Meeting meeting, String position) {
        try {
            int index = Integer.parseInt(position);
            if (index >= 0 && index < meeting.agenda().size()) {
                return index;
            }
        } catch (NumberFormatException e) {
            // answered below
        }
        throw new ApiError(404, "Ce point n’est pas à l’ordre du jour de cette réunion.");
    }

    private AgendaItem question(Meeting meeting, String id) {
        Question question = questions.existing(id);
        if (question.meetingId() != null && !question.meetingId().equals(meeting.id())) {
            throw new ApiError(409, "Cette question est déjà à l’ordre du jour d’une autre réunion.");
        }
        question.scheduleIn(meeting.id());
        return new AgendaItem(AgendaKind.QUESTION, shortened(question.text()), question.cooperation(), question.id());
    }

    private AgendaItem proposal(String key) {
        AgendaProposal proposal = proposals.byKey(key == null ? "" : key)
                .orElseThrow(() -> ApiError.invalidField("reference", "n’est pas une proposition d’un module"));
        return new AgendaItem(AgendaKind.PROPOSAL, proposal.title(), proposal.cooperation(), proposal.key());
    }

    private static AgendaItem network(String title) {
        if (title == null || title.isBlank()) {
            throw ApiError.invalidField("title", "est obligatoire");
        }
        return new AgendaItem(AgendaKind.NETWORK, shortened(title.strip()), null, null);
    }

    private static String shortened(String text) {
        return text.length() <= 300 ? text : text.substring(0, 299) + "…";
    }
}
