package org.maillage.platform.plugins.control;

import java.util.Arrays;

/** A dotted version such as {@code 1.2.0}; a qualifier after a dash ({@code -SNAPSHOT}) is ignored. */
record Version(int[] parts) implements Comparable<Version> {

    static Version parse(String text) {
        String numbers = text.trim().split("-", 2)[0];
        if (!numbers.matches("\\d+(\\.\\d+)*")) {
            throw new IllegalArgumentException("« " + text + " » n’est pas une version");
        }
        return new Version(Arrays.stream(numbers.split("\\.")).mapToInt(Integer::parseInt).toArray());
    }

    @Override
    public int compareTo(Version other) {
        for (int i = 0; i < Math.max(parts.length, other.parts.length); i++) {
            int difference = Integer.compare(part(i), other.part(i));
            if (difference != 0) {
                return difference;
            }
        }
        return 0;
    }

    private int part(int index) {
        return index < parts.length ? parts[index] : 0;
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof Version version && compareTo(version) == 0;
    }

    @Override
    public int hashCode() {
        return toString().replaceAll("(\\.0)+$", "").hashCode();
    }

    @Override
    public String toString() {
        return String.join(".", Arrays.stream(parts).mapToObj(String::valueOf).toList());
    }
}
