package org.maillage.platform.api.plugin;

import java.util.Objects;
import java.util.Set;

/**
 * A page a plugin adds to the web UI, with its menu entry. The module's default export is a class
 * that the web shell defines as a custom element (unless the module already did); before the element is
 * connected, the shell sets {@code api} (get, post, put, delete: JSON with the person's token, multipart
 * for a FormData body; download for files; failures are {@code ApiError}s with {@code status}, a French
 * {@code message} and {@code fields}), {@code tenant} (the cooperation's slug; undefined on national
 * pages), {@code page} ({@code id}, {@code label}, {@code plugin}) and {@code path} (the address's
 * segments after the page's id, such as a record's id).
 *
 * @param id       unique within the plugin, used in the page's address ({@code #/coop/<slug>/<plugin>/<id>},
 *                 national pages {@code #/national/pages/<plugin>/<id>})
 * @param label    the French menu label
 * @param module   the ES module that defines the page, relative to the plugin's web folder
 *                 {@code META-INF/resources/plugins/<plugin>/} in its JAR
 * @param roles    the roles that see the entry; empty for every member of the cooperation
 * @param national whether the page belongs to the national console rather than a cooperation
 */
public record WebPage(String id, String label, String module, Set<String> roles, boolean national) {

    public WebPage {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(label, "label");
        Objects.requireNonNull(module, "module");
        roles = Set.copyOf(roles);
    }
}
