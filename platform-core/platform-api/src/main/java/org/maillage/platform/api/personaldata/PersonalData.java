package org.maillage.platform.api.personaldata;

import java.util.Map;

/** A plugin's part in exporting and erasing one person's data, within the current tenant. */
public interface PersonalData {

    /**
     * @return what the plugin holds about the person, as JSON-ready values (maps, lists, strings,
     *         numbers, booleans), keyed by French labels; empty when it holds nothing
     */
    Map<String, Object> export(Person person);

    /**
     * Erases, or anonymises where counts must survive, everything the plugin holds about the person.
     *
     * @return how many records were erased or anonymised
     */
    int erase(Person person);
}
