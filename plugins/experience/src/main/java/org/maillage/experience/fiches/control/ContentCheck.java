package org.maillage.experience.fiches.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.maillage.experience.fiches.entity.FicheContent;
import org.maillage.experience.fiches.entity.Figure;
import org.maillage.experience.fiches.entity.PartnerKinds;
import org.maillage.experience.fiches.entity.Themes;
import org.maillage.experience.network.control.Texts;
import org.maillage.platform.api.errors.ApiError;
import org.maillage.platform.api.errors.ErrorBody.FieldError;
import org.maillage.platform.api.territory.CommuneRef;
import org.maillage.platform.api.territory.Territory;

/**
 * Checks what the writers of a fiche send, every field at once, and answers a 400 naming each wrong field in
 * French. The contact is a role: an address or a phone number in it is refused. Communes are the cooperation's.
 */
@ApplicationScoped
public class ContentCheck {

    static final int MAX_TAGS = 10;
    static final int MAX_FIGURES = 10;
    static final int MAX_COMMUNES = 200;
    private static final Pattern EMAIL = Pattern.compile("[^\\s@]+@[^\\s@]+\\.[^\\s@]+");
    private static final Pattern PHONE = Pattern.compile("(\\+33|0)\\s*[1-9]([\\s.-]*\\d{2}){4}");

    @Inject
    Territory territory;

    /** @return the content, tidied (tags in lower case, no duplicates) */
    public FicheContent checked(FicheContent content) {
        Texts.typed("title", content.title());
        Texts.typed("summary", content.summary());
        Texts.typed("body", content.body());
        Texts.typed("contactRole", content.contactRole());
        Texts.typed("themes", content.themes());
        Texts.typed("tags", content.tags());
        Texts.typed("communes", content.communes());
        Texts.typed("teams", content.teams());
        Texts.typed("partnerKinds", content.partnerKinds());
        content.results().forEach(f -> {
            if (f != null) {
                Texts.typed("results", f.label());
                Texts.typed("results", f.unit());
            }
        });
        List<FieldError> errors = new ArrayList<>();
        text(errors, "title", content.title(), 200, true);
        text(errors, "summary", content.summary(), 1000, false);
        text(errors, "body", content.body(), 50000, false);
        text(errors, "contactRole", content.contactRole(), 200, false);
        if (content.contactRole() != null && (EMAIL.matcher(content.contactRole()).find() || PHONE.matcher(content.contactRole()).find())) {
            errors.add(new FieldError("contactRole", "indique un rôle (« l’animatrice de la coopération »), jamais un téléphone ni une adresse"));
        }
        content.themes().stream().filter(t -> !Themes.LABELS.containsKey(t)).findFirst()
                .ifPresent(t -> errors.add(new FieldError("themes", "« " + t + " » n’est pas un thème de la liste")));
        content.partnerKinds().stream().filter(k -> !PartnerKinds.LABELS.containsKey(k)).findFirst()
                .ifPresent(k -> errors.add(new FieldError("partnerKinds", "« " + k + " » n’est pas un type de partenaire de la liste")));
        List<String> tags = content.tags().stream().map(t -> t == null ? "" : t.strip().toLowerCase(Locale.ROOT))
                .filter(t -> !t.isEmpty()).distinct().toList();
        if (tags.size() > MAX_TAGS || tags.stream().anyMatch(t -> t.length() > 40 || t.contains(","))) {
            errors.add(new FieldError("tags", "au plus " + MAX_TAGS + " mots-clés de 40 caractères, sans virgule"));
        }
        if (content.teams().size() > 50 || content.teams().stream().anyMatch(t -> t == null || t.length() > 36 || t.contains(","))) {
            errors.add(new FieldError("teams", "des identifiants d’équipes de la coopération"));
        }
        if (content.communes().size() > MAX_COMMUNES) {
            errors.add(new FieldError("communes", "au plus " + MAX_COMMUNES + " communes"));
        } else if (!content.communes().isEmpty()) {
            Set<String> ours = territory.communesOfTenant().stream().map(CommuneRef::code).collect(Collectors.toSet());
            content.communes().stream().filter(c -> !ours.contains(c)).findFirst()
                    .ifPresent(c -> errors.add(new FieldError("communes", "« " + c + " » n’est pas une commune du territoire de la coopération")));
        }
        if (content.periodFrom() != null && content.periodTo() != null && content.periodTo().isBefore(content.periodFrom())) {
            errors.add(new FieldError("periodTo", "doit suivre le début de la période"));
        }
        if (content.results().size() > MAX_FIGURES) {
            errors.add(new FieldError("results", "au plus " + MAX_FIGURES + " résultats chiffrés"));
        }
        for (Figure figure : content.results()) {
            if (figure == null || figure.label() == null || figure.label().isBlank() || figure.label().length() > 100
                    || figure.value() == null || figure.value().abs().compareTo(BigDecimal.valueOf(1_000_000_000)) > 0
                    || figure.value().stripTrailingZeros().scale() > 4
                    || (figure.unit() != null && figure.unit().length() > 30)) {
                errors.add(new FieldError("results", "chaque résultat a un libellé (100 caractères au plus), un nombre et une unité courte"));
                break;
            }
        }
        if (!errors.isEmpty()) {
            throw new ApiError(400, "La fiche contient des valeurs invalides.", errors);
        }
        return new FicheContent(content.title().strip(), strip(content.summary()), content.body() == null ? "" : content.body(),
                distinct(content.themes()), tags, distinct(content.communes()), distinct(content.teams()),
                distinct(content.partnerKinds()), content.periodFrom(), content.periodTo(),
                content.results().stream().map(f -> new Figure(f.label().strip(), f.value(), strip(f.unit()))).toList(),
                strip(content.contactRole()));
    }

    /** @return the communes by code with their names (« Vannes (56260) »), for the network's copy */
    public Map<String, CommuneRef> communes(List<String> codes) {
        return territory.communesOfTenant().stream().filter(c -> codes.contains(c.code()))
                .collect(Collectors.toMap(CommuneRef::code, Function.identity()));
    }

    /** @return the départements of the cooperation's territory */
    public List<String> departements() {
        return territory.communesOfTenant().stream().map(CommuneRef::departement).distinct().sorted().toList();
    }

    private static void text(List<FieldError> errors, String field, String value, int max, boolean required) {
        if (required && (value == null || value.isBlank())) {
            errors.add(new FieldError(field, "est obligatoire"));
        } else if (value != null && value.length() > max) {
            errors.add(new FieldError(field, "ne doit pas dépasser " + max + " caractères"));
        }
    }

    private static String strip(String value) {
        return value == null ? "" : value.strip();
    }

    private static List<String> distinct(List<String> values) {
        return List.copyOf(new LinkedHashSet<>(values));
    }
}
