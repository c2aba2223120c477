package org.maillage.demodata;

/**
 * A set of {@code long}s, open addressing with linear probing: 8 to 16 bytes per element where a
 * {@code HashSet<String>} of e-mail addresses would take over 100. It holds 64-bit hashes of the
 * addresses already given out, so that a million unique addresses fit in about 16 MB.
 */
final class LongHashSet {

    private static final long EMPTY = 0L;
    /** Stands for the value 0, which marks an empty slot. */
    private static final long ZERO_SUBSTITUTE = 0x5DEECE66DL;

    private long[] slots;
    private int size;

    LongHashSet(int expected) {
        int capacity = Integer.highestOneBit(Math.max(16, expected * 2 - 1)) << 1;
        slots = new long[capacity];
    }

    /** Adds the value; false when it was already there. */
    boolean add(long value) {
        long key = value == EMPTY ? ZERO_SUBSTITUTE : value;
        if (size * 2 >= slots.length) {
            grow();
        }
        if (!insert(slots, key)) {
            return false;
        }
        size++;
        return true;
    }

    private static boolean insert(long[] table, long key) {
        int mask = table.length - 1;
        int i = (int) Rng.mix64(key) & mask;
        while (table[i] != EMPTY) {
            if (table[i] == key) {
                return false;
            }
            i = (i + 1) & mask;
        }
        table[i] = key;
        return true;
    }

    private void grow() {
        long[] bigger = new long[slots.length * 2];
        for (long key : slots) {
            if (key != EMPTY) {
                insert(bigger, key);
            }
        }
        slots = bigger;
    }
}
