package org.maillage.demodata;

/**
 * Decides the {@link DirtKind} of each row from its own random stream, so that the number of duplicates
 * (rows that need no new volunteer) can be known before generating: {@link #duplicates} replays the plan.
 * A duplicate needs an earlier clean row to copy; before the first one, the row stays clean. Ambiguous
 * postcodes need a territory that has some.
 */
final class DirtPlan {

    private final Rng rng;
    private final boolean dirty;
    private final boolean ambiguousAvailable;
    private boolean cleanRowSeen;

    DirtPlan(long seed, boolean dirty, boolean ambiguousAvailable) {
        this.rng = new Rng(seed, "dirt-plan");
        this.dirty = dirty;
        this.ambiguousAvailable = ambiguousAvailable;
    }

    DirtKind next() {
        if (!dirty) {
            return DirtKind.NONE;
        }
        double draw = rng.nextDouble();
        DirtKind kind = DirtKind.NONE;
        double threshold = 0;
        for (DirtKind candidate : DirtKind.values()) {
            threshold += candidate.rate();
            if (candidate != DirtKind.NONE && draw < threshold) {
                kind = candidate;
                break;
            }
        }
        if ((kind == DirtKind.DUPLICATE && !cleanRowSeen) || (kind == DirtKind.AMBIGUOUS_POSTCODE && !ambiguousAvailable)) {
            kind = DirtKind.NONE;
        }
        cleanRowSeen |= kind == DirtKind.NONE;
        return kind;
    }

    /** How many of the first {@code rows} rows this plan makes duplicates. */
    static int duplicates(long seed, boolean dirty, boolean ambiguousAvailable, int rows) {
        DirtPlan plan = new DirtPlan(seed, dirty, ambiguousAvailable);
        int duplicates = 0;
        for (int i = 0; i < rows; i++) {
            if (plan.next() == DirtKind.DUPLICATE) {
                duplicates++;
            }
        }
        return duplicates;
    }
}
