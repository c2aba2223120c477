package org.maillage.onboarding.imports.entity;

/** What became of the rows of one chunk: each row read is exactly one of created, merged, unchanged, rejected. */
public record ImportCounts(long read, long created, long merged, long unchanged, long rejected, long warnings) {

    public static final ImportCounts NONE = new ImportCounts(0, 0, 0, 0, 0, 0);

    public ImportCounts plus(ImportCounts other) {
        return new ImportCounts(read + other.read, created + other.created, merged + other.merged,
                unchanged + other.unchanged, rejected + other.rejected, warnings + other.warnings);
    }
}
