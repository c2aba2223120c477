package org.maillage.platform.openapi.control;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.eclipse.microprofile.openapi.models.tags.Tag;

/**
 * One tag per name: every resource class of a plugin may carry {@code @Tag(name = "…")}, with or without a description,
 * and Payara lists each of them. The first one of a name stays, with the first description given to that name.
 */
public final class TagMerge {

    private TagMerge() {
    }

    public static List<Tag> merge(List<Tag> tags) {
        Map<String, Tag> byName = new LinkedHashMap<>();
        for (Tag tag : tags) {
            Tag kept = byName.putIfAbsent(tag.getName(), tag);
            if (kept != null && blank(kept.getDescription()) && !blank(tag.getDescription())) {
                kept.setDescription(tag.getDescription());
            }
        }
        return new ArrayList<>(byName.values());
    }

    private static boolean blank(String text) {
        return text == null || text.isBlank();
    }
}
