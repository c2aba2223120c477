package org.maillage.experience.fiches.boundary;

import jakarta.validation.constraints.NotNull;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import org.maillage.experience.fiches.entity.FicheContent;
import org.maillage.experience.fiches.entity.FicheState;
import org.maillage.experience.fiches.entity.Figure;

/** The bodies of the cooperation's fiche requests; the content is checked by {@code ContentCheck}. */
public final class FicheForms {

    private FicheForms() {
    }

    public record Result(String label, BigDecimal value, String unit) {
    }

    /** A fiche's content; {@code version} is required to change an existing fiche. */
    public record Content(String title, String summary, String body, List<String> themes, List<String> tags,
                          List<String> communes, List<String> teams, List<String> partnerKinds, LocalDate periodFrom,
                          LocalDate periodTo, List<Result> results, String contactRole, Long version) {

        public FicheContent content() {
            return new FicheContent(title, summary, body, list(themes), list(tags), list(communes), list(teams), list(partnerKinds),
                    periodFrom, periodTo, list(results).stream().map(r -> r == null ? null : new Figure(r.label(), r.value(), r.unit())).toList(),
                    contactRole);
        }

        private static <T> List<T> list(List<T> values) {
            return values == null ? List.of() : values.stream().map(v -> v).filter(Objects::nonNull).toList();
        }
    }

    public record Move(@NotNull(message = "est obligatoire : DRAFT, COOPERATION ou NETWORK") FicheState state,
                       @NotNull(message = "est obligatoire") Long version) {
    }

    public record Preview(String body) {
    }
}
