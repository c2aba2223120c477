package org.maillage.demodata;

import java.util.Arrays;

/**
 * Picks an index with probability proportional to its weight: cumulative sums and a binary search,
 * so a pick costs O(log n) and no memory beyond one {@code long} per item.
 */
final class WeightedIndex {

    private final long[] cumulative;

    WeightedIndex(long[] weights) {
        cumulative = new long[weights.length];
        long total = 0;
        for (int i = 0; i < weights.length; i++) {
            if (weights[i] < 0) {
                throw new IllegalArgumentException("negative weight at " + i);
            }
            total = Math.addExact(total, weights[i]);
            cumulative[i] = total;
        }
        if (total == 0) {
            throw new IllegalArgumentException("all weights are zero");
        }
    }

    static WeightedIndex of(int... weights) {
        return new WeightedIndex(Arrays.stream(weights).asLongStream().toArray());
    }

    long total() {
        return cumulative[cumulative.length - 1];
    }

    int pick(Rng rng) {
        long target = rng.nextLong(total());
        // First index whose cumulative weight is greater than the target.
        int low = 0;
        int high = cumulative.length - 1;
        while (low < high) {
            int middle = (low + high) >>> 1;
            if (cumulative[middle] > target) {
                high = middle;
            } else {
                low = middle + 1;
            }
        }
        return low;
    }
}
