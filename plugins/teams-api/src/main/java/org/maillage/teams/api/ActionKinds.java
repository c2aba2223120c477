package org.maillage.teams.api;

import java.util.List;
import org.maillage.platform.api.plugin.ExtensionPoint;

/**
 * The kinds of visits and actions a team can log. The teams plugin contributes its own (visit at home,
 * phone call, outing…); another plugin adds kinds by contributing a bean that implements this interface
 * and declaring a dependency on {@code teams}. Kinds are read each time: an action logged with a kind of
 * a plugin since disabled keeps its code, shown as is.
 */
@ExtensionPoint(plugin = "teams")
public interface ActionKinds {

    /** @return the kinds this contributor adds; codes unique across contributors (prefix them with your plugin id) */
    List<ActionKind> actionKinds();
}
