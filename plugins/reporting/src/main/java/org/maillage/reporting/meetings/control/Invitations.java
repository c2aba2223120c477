package org.maillage.reporting.meetings.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.maillage.platform.api.errors.ApiError;
import org.maillage.platform.api.tenant.TenantContext;
import org.maillage.platform.api.tenant.TenantWork;
import org.maillage.reporting.meetings.entity.MeetingPlan;
import org.maillage.reporting.plugin.ReportingPlugin;

/**
 * Checks a meeting's plan: it ends after it starts, it has a place or a video link, and it invites only
 * active cooperations that use the reporting module (any other is a 400 naming it); lists those it may invite.
 */
@ApplicationScoped
public class Invitations {

    @Inject
    TenantWork tenantWork;

    @Inject
    TenantContext tenant;

    /** A cooperation a meeting may invite: its name, and whether it can be told by e-mail. */
    public record Invitable(String slug, String name, boolean contact) {
    }

    /** @return the active cooperations that use the module, by slug; call it outside a transaction (each is read as itself) */
    public List<Invitable> invitable() throws Exception {
        List<Invitable> found = new ArrayList<>();
        for (String slug : tenantWork.tenantsWith(ReportingPlugin.ID)) {
            found.add(tenantWork.call(slug, () -> new Invitable(slug, tenant.displayName(), tenant.contactAddress().isPresent())));
        }
        return found;
    }

    public MeetingPlan checked(MeetingPlan plan) {
        if (!plan.endsAt().isAfter(plan.startsAt())) {
            throw ApiError.invalidField("endsAt", "doit être après le début de la réunion");
        }
        if (plan.place() == null && plan.videoLink() == null) {
            throw ApiError.invalidField("place", "est obligatoire sans lien de visioconférence");
        }
        List<String> known = tenantWork.tenantsWith(ReportingPlugin.ID);
        Set<String> unknown = new TreeSet<>(plan.invited());
        unknown.removeAll(known);
        if (!unknown.isEmpty()) {
            throw ApiError.invalidField("invited", "nomme des coopérations inconnues ou sans le module « Rapport au réseau » : "
                    + String.join(", ", unknown));
        }
        return plan;
    }
}
