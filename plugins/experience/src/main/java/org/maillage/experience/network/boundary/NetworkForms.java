package org.maillage.experience.network.boundary;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.maillage.experience.network.entity.ExchangeKind;

/** The bodies of the network space's requests. */
public final class NetworkForms {

    private NetworkForms() {
    }

    public record Writing(@NotNull(message = "est obligatoire : QUESTION ou COMMENT") ExchangeKind kind,
                          @NotBlank(message = "est obligatoire") @Size(max = 4000, message = "ne doit pas dépasser 4000 caractères") String text) {
    }

    public record Answer(@NotBlank(message = "est obligatoire") @Size(max = 4000, message = "ne doit pas dépasser 4000 caractères") String text,
                         @NotNull(message = "est obligatoire") Long version) {
    }

    public record Feature(@NotNull(message = "est obligatoire") Boolean featured, @NotNull(message = "est obligatoire") Long version) {
    }

    public record Hide(@NotBlank(message = "est obligatoire : la coopération la lira") @Size(max = 1000, message = "ne doit pas dépasser 1000 caractères") String reason,
                       @NotNull(message = "est obligatoire") Long version) {
    }

    public record Show(@NotNull(message = "est obligatoire") Long version) {
    }
}
