package org.maillage.onboarding.sheets.control;

import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;

/** Counts the bytes read through it — for progress, or to refuse reading more than a limit. */
public final class CountingInputStream extends FilterInputStream {

    /** More than the limit was read. */
    public static final class LimitExceeded extends IOException {
        LimitExceeded() {
            super("limit exceeded");
        }
    }

    private final long limit;
    private long count;
    private boolean exceeded;

    CountingInputStream(InputStream in) {
        this(in, Long.MAX_VALUE);
    }

    /** @param limit how many bytes may be read; one more throws {@link LimitExceeded} */
    public CountingInputStream(InputStream in, long limit) {
        super(in);
        this.limit = limit;
    }

    long count() {
        return count;
    }

    /** @return whether the limit was exceeded, even if what threw then was caught and wrapped by a reader */
    public boolean exceeded() {
        return exceeded;
    }

    @Override
    public int read() throws IOException {
        int b = super.read();
        if (b >= 0) {
            add(1);
        }
        return b;
    }

    @Override
    public int read(byte[] buffer, int offset, int length) throws IOException {
        int n = super.read(buffer, offset, length);
        if (n > 0) {
            add(n);
        }
        return n;
    }

    @Override
    public long skip(long n) throws IOException {
        long skipped = super.skip(n);
        add(skipped);
        return skipped;
    }

    private void add(long n) throws LimitExceeded {
        count += n;
        if (count > limit) {
            exceeded = true;
            throw new LimitExceeded();
        }
    }
}
