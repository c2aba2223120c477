package org.maillage.teams.teams.control;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import org.maillage.platform.api.plugin.Contribution;
import org.maillage.teams.api.ActionKind;
import org.maillage.teams.api.ActionKinds;

/** The kinds of actions every team can log; first in the list. */
@ApplicationScoped
@Contribution(order = 0)
public class BuiltInActionKinds implements ActionKinds {

    static final List<ActionKind> KINDS = List.of(
            new ActionKind("visit", "Visite à domicile"),
            new ActionKind("phone-call", "Appel téléphonique"),
            new ActionKind("outing", "Sortie accompagnée"),
            new ActionKind("group-activity", "Activité collective"),
            new ActionKind("ehpad-support", "Soutien à un EHPAD"),
            new ActionKind("ccas-support", "Soutien au CCAS"),
            new ActionKind("other", "Autre action"));

    @Override
    public List<ActionKind> actionKinds() {
        return KINDS;
    }
}
