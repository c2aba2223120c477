package org.maillage.onboarding.sheets.control;

import org.maillage.onboarding.api.UnreadableFile;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;

/** Counts the bytes read through it, for progress, and refuses to read more than a limit. */
final class CountingInputStream extends FilterInputStream {

    private final long limit;
    private final String tooLarge;
    private long count;

    /** @param tooLarge the French message when more than {@code limit} bytes are read */
    CountingInputStream(InputStream in, long limit, String tooLarge) {
        super(in);
        this.limit = limit;
        this.tooLarge = tooLarge;
    }

    long count() {
        return count;
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

    private void add(long n) {
        count += n;
        if (count > limit) {
            throw new UnreadableFile(tooLarge);
        }
    }
}
