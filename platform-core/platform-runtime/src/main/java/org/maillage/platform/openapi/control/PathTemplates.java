package org.maillage.platform.openapi.control;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** The parameters a path template names ({@code /api/tenants/{tenant}/teams/{id}} → {@code tenant}, {@code id}). */
public final class PathTemplates {

    private static final Pattern PARAMETER = Pattern.compile("\\{([^}/:]+)(?::[^}]*)?}");

    private PathTemplates() {
    }

    public static List<String> names(String path) {
        List<String> names = new ArrayList<>();
        Matcher matcher = PARAMETER.matcher(path);
        while (matcher.find()) {
            names.add(matcher.group(1).trim());
        }
        return names;
    }

    /** The description of a parameter that the resource did not declare itself (French: people read it in the explorer). */
    public static String description(String name) {
        return "tenant".equals(name) ? "La coopération : son identifiant (par exemple morbihan)" : "Paramètre de chemin « " + name + " »";
    }
}
