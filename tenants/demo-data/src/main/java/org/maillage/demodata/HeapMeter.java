package org.maillage.demodata;

/**
 * The most heap in use seen while generating: sampled every 4,096 rows and at the end (used = total -
 * free). Sampling can miss a short peak between two samples, so this is a lower bound; with a generous
 * {@code -Xmx} it mostly shows how far the collector let the heap grow. The real proof of streaming is
 * that a million rows are written with {@code -Xmx64m}.
 */
final class HeapMeter {

    private static long peak;

    private HeapMeter() {
    }

    static synchronized void reset() {
        peak = 0;
        sample();
    }

    static synchronized void sample() {
        Runtime runtime = Runtime.getRuntime();
        peak = Math.max(peak, runtime.totalMemory() - runtime.freeMemory());
    }

    static synchronized long peakBytes() {
        sample();
        return peak;
    }
}
