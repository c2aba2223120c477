package org.maillage.platform.tenancy.boundary;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.util.List;

/**
 * What a national admin sends to create a cooperation. Département codes are checked against the
 * official list by {@link org.maillage.platform.tenancy.control.TenantRegistry}, the contact address (optional: where
 * the network writes to the cooperation) there too.
 */
public record TenantForm(
        @NotNull(message = "est obligatoire")
        @Pattern(regexp = SLUG, message = "doit contenir de 2 à 40 caractères : lettres minuscules sans accent, chiffres et tirets, en commençant par une lettre (exemple : ille-et-vilaine)")
        String slug,
        @NotBlank(message = "est obligatoire")
        @Size(max = 200, message = "ne doit pas dépasser 200 caractères")
        String displayName,
        @NotEmpty(message = "doit contenir au moins un code de département")
        @Size(max = 20, message = "ne doit pas contenir plus de 20 départements")
        List<String> departements,
        @Size(max = 254, message = "ne doit pas dépasser 254 caractères")
        String contactEmail) {

    /** Lower-case letters, digits and single hyphens, starting with a letter, 2 to 40 characters. */
    public static final String SLUG = "(?=.{2,40}$)[a-z][a-z0-9]*(-[a-z0-9]+)*";
}
