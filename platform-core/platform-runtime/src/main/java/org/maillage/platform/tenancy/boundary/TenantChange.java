package org.maillage.platform.tenancy.boundary;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.Size;
import java.util.List;

/**
 * What a national admin may change on a cooperation: everything but its slug and status. {@code contactEmail}
 * absent (null) leaves the contact address as it is; empty removes it.
 */
public record TenantChange(
        @NotBlank(message = "est obligatoire")
        @Size(max = 200, message = "ne doit pas dépasser 200 caractères")
        String displayName,
        @NotEmpty(message = "doit contenir au moins un code de département")
        @Size(max = 20, message = "ne doit pas contenir plus de 20 départements")
        List<String> departements,
        @Size(max = 254, message = "ne doit pas dépasser 254 caractères")
        String contactEmail) {
}
