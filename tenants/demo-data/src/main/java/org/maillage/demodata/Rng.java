package org.maillage.demodata;

import java.util.List;
import java.util.SplittableRandom;

/**
 * A named, seeded stream of random numbers. Each concern (people, e-mails, dirt, participations...)
 * draws from its own stream so that adding a draw to one concern never shifts the others: the same
 * volunteers come out whatever the export, the column set or the dirt.
 *
 * <p>{@link SplittableRandom}'s algorithm is specified by the JDK, so a seed gives the same numbers on
 * every JVM. Floating-point helpers use {@link StrictMath} for the same reason.
 */
final class Rng {

    private final SplittableRandom random;

    Rng(long seed, String stream) {
        this.random = new SplittableRandom(streamSeed(seed, stream));
    }

    /** Mixes the user's seed with the stream's name (FNV-1a over the name, then a 64-bit finaliser). */
    static long streamSeed(long seed, String stream) {
        long h = 0xcbf29ce484222325L ^ seed;
        for (int i = 0; i < stream.length(); i++) {
            h ^= stream.charAt(i);
            h *= 0x100000001b3L;
        }
        return mix64(h ^ Long.rotateLeft(seed, 32));
    }

    /** The finaliser of MurmurHash3: spreads every input bit over the output. */
    static long mix64(long z) {
        z = (z ^ (z >>> 33)) * 0xff51afd7ed558ccdL;
        z = (z ^ (z >>> 33)) * 0xc4ceb9fe1a85ec53L;
        return z ^ (z >>> 33);
    }

    /** Uniform in [0, bound). */
    int nextInt(int bound) {
        return random.nextInt(bound);
    }

    /** Uniform in [0, bound). */
    long nextLong(long bound) {
        return random.nextLong(bound);
    }

    /** Uniform in [low, high], both included. */
    int between(int low, int high) {
        return low + random.nextInt(high - low + 1);
    }

    /** Uniform in [0, 1). */
    double nextDouble() {
        return random.nextDouble();
    }

    boolean chance(double probability) {
        return random.nextDouble() < probability;
    }

    /** Exponentially distributed, with the given mean. */
    double exponential(double mean) {
        return -mean * StrictMath.log(1.0 - random.nextDouble());
    }

    <T> T pick(List<T> items) {
        return items.get(random.nextInt(items.size()));
    }

    <T> T pick(T[] items) {
        return items[random.nextInt(items.length)];
    }

    /** A string of {@code count} decimal digits. */
    String digits(int count) {
        char[] chars = new char[count];
        for (int i = 0; i < count; i++) {
            chars[i] = (char) ('0' + random.nextInt(10));
        }
        return new String(chars);
    }
}
