package org.maillage.platform.plugins.control;

/**
 * A Maven version range: {@code [1.0,2.0)}, {@code (1.0,]}, {@code [1.2,)}, {@code [1.0]}, or a bare
 * {@code 1.0} meaning "1.0 or later".
 */
record VersionRange(Version lower, boolean lowerIncluded, Version upper, boolean upperIncluded) {

    static VersionRange parse(String text) {
        String range = text.trim();
        if (!range.startsWith("[") && !range.startsWith("(")) {
            return new VersionRange(Version.parse(range), true, null, false);
        }
        if (!range.endsWith("]") && !range.endsWith(")")) {
            throw new IllegalArgumentException("« " + text + " » n’est pas un intervalle de versions");
        }
        String inside = range.substring(1, range.length() - 1);
        boolean lowerIncluded = range.startsWith("[");
        boolean upperIncluded = range.endsWith("]");
        if (!inside.contains(",")) {
            Version exact = Version.parse(inside);
            return new VersionRange(exact, true, exact, true);
        }
        String[] bounds = inside.split(",", -1);
        if (bounds.length != 2) {
            throw new IllegalArgumentException("« " + text + " » n’est pas un intervalle de versions");
        }
        Version lower = bounds[0].isBlank() ? null : Version.parse(bounds[0]);
        Version upper = bounds[1].isBlank() ? null : Version.parse(bounds[1]);
        return new VersionRange(lower, lowerIncluded, upper, upperIncluded);
    }

    boolean contains(Version version) {
        if (lower != null) {
            int c = version.compareTo(lower);
            if (c < 0 || c == 0 && !lowerIncluded) {
                return false;
            }
        }
        if (upper != null) {
            int c = version.compareTo(upper);
            return c < 0 || c == 0 && upperIncluded;
        }
        return true;
    }
}
