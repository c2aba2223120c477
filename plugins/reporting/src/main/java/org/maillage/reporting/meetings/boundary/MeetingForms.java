package org.maillage.reporting.meetings.boundary;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.time.OffsetDateTime;
import java.util.LinkedHashSet;
import java.util.List;
import org.maillage.reporting.meetings.control.Agenda;
import org.maillage.reporting.meetings.entity.AgendaKind;
import org.maillage.reporting.meetings.entity.Decision;
import org.maillage.reporting.meetings.entity.MeetingPlan;

/** The bodies the commission's endpoints accept. */
public final class MeetingForms {

    private static final String REQUIRED = "est obligatoire";

    private MeetingForms() {
    }

    /** When, where and whom: a new meeting. */
    public record Plan(@NotBlank(message = REQUIRED) @Size(max = 200, message = "dépasse 200 caractères") String title,
                       @NotNull(message = REQUIRED) OffsetDateTime startsAt,
                       @NotNull(message = REQUIRED) OffsetDateTime endsAt,
                       @Size(max = 300, message = "dépasse 300 caractères") String place,
                       @Size(max = 500, message = "dépasse 500 caractères")
                       @Pattern(regexp = "https://\\S+", message = "doit être une adresse https://") String videoLink,
                       @NotNull(message = REQUIRED) @Size(max = 200, message = "compte trop de coopérations")
                       List<@NotBlank(message = REQUIRED) @Size(max = 40, message = "est trop long") String> invited) {

        MeetingPlan plan() {
            return new MeetingPlan(title.strip(), startsAt, endsAt, blankless(place), blankless(videoLink), new LinkedHashSet<>(invited));
        }
    }

    public record DecisionForm(@NotBlank(message = REQUIRED) @Size(max = 2000, message = "dépasse 2 000 caractères") String text,
                               @NotBlank(message = "est obligatoire : qui suit cette décision ?")
                               @Size(max = 200, message = "dépasse 200 caractères") String followUp) {
    }

    /** The whole meeting as edited: its plan, then what was said and decided, published or not. */
    public record Edit(@NotNull(message = REQUIRED) @Valid Plan plan,
                       @Size(max = 20_000, message = "dépasse 20 000 caractères") String minutes,
                       @NotNull(message = REQUIRED) @Size(max = 100, message = "compte trop de décisions") List<@Valid @NotNull(message = REQUIRED) DecisionForm> decisions,
                       boolean published,
                       @NotNull(message = REQUIRED) Long version) {

        List<Decision> decisionList() {
            return decisions.stream().map(d -> new Decision(d.text().strip(), d.followUp().strip())).toList();
        }

        String minutesText() {
            return minutes == null ? "" : minutes.strip();
        }
    }

    /**
     * A subject for the agenda.
     *
     * @param kind        REPORT (cooperation + reference: the report's id), QUESTION (reference: its id),
     *                    PROPOSAL (reference: the proposal's key) or NETWORK (title)
     */
    public record NewItem(@NotNull(message = "est obligatoire : REPORT, QUESTION, PROPOSAL ou NETWORK") AgendaKind kind,
                          @Size(max = 40, message = "est trop long") String cooperation,
                          @Size(max = 100, message = "est trop longue") String reference,
                          @Size(max = 300, message = "dépasse 300 caractères") String title,
                          @NotNull(message = REQUIRED) Long version) {

        Agenda.Request request() {
            return new Agenda.Request(kind, cooperation, reference, title);
        }
    }

    public record NewQuestion(@NotBlank(message = REQUIRED) @Size(max = 2000, message = "dépasse 2 000 caractères") String text) {
    }

    private static String blankless(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}
