package org.maillage.demodata;

/**
 * A first name or surname, with its e-mail forms computed once.
 *
 * @param display as written: "Jean-Pierre", "Le Gall"
 * @param slug    lower-case ASCII, hyphens kept: "jean-pierre", "legall"
 * @param compact the slug without hyphens: "jeanpierre"
 * @param initial the first letter of the slug: "j"; for compound first names the initials: "jp"
 */
record Name(String display, String slug, String compact, String initial) {

    static Name of(String display) {
        String slug = Text.slug(display);
        StringBuilder initials = new StringBuilder();
        for (String part : slug.split("-")) {
            if (!part.isEmpty()) {
                initials.append(part.charAt(0));
            }
        }
        return new Name(display, slug, slug.replace("-", ""), initials.toString());
    }
}
