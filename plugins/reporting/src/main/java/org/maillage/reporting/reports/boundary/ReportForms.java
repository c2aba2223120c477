package org.maillage.reporting.reports.boundary;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.maillage.platform.api.text.DeliverableEmail;
import org.maillage.platform.api.text.EmailAddress;
import org.maillage.reporting.reports.entity.Narrative;

/** The bodies the reports' endpoints accept. */
public final class ReportForms {

    private static final int TEXT = 10_000;

    private ReportForms() {
    }

    /** @param period {@code 2026}, {@code 2026-S1} or {@code 2026-S2} */
    public record NewReport(@NotBlank(message = "est obligatoire") String period) {
    }

    public record Writing(@Size(max = TEXT, message = "dépasse 10 000 caractères") String highlights,
                   @Size(max = TEXT, message = "dépasse 10 000 caractères") String difficulties,
                   @Size(max = TEXT, message = "dépasse 10 000 caractères") String needs,
                   @Size(max = TEXT, message = "dépasse 10 000 caractères") String teamStories,
                   @DeliverableEmail @Size(max = 254, message = "est trop longue") String contactEmail,
                   @NotNull(message = "est obligatoire") Long version) {

        Narrative narrative() {
            return new Narrative(text(highlights), text(difficulties), text(needs), text(teamStories),
                    contactEmail == null || contactEmail.isBlank() ? null : EmailAddress.normalised(contactEmail));
        }

        private static String text(String value) {
            return value == null ? "" : value.strip();
        }
    }

    public record Move(@NotNull(message = "est obligatoire") Long version) {
    }

    public record GiveBack(@NotBlank(message = "est obligatoire : dites à la coopération ce qui manque")
                    @Size(max = 4000, message = "dépasse 4 000 caractères") String comment,
                    @NotNull(message = "est obligatoire") Long version) {
    }
}
