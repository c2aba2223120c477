package org.maillage.onboarding.imports.control;

/**
 * What every chunk of one import needs to know.
 *
 * @param jobId    the import
 * @param dryRun   whether nothing may be written (the chunks then run in one transaction rolled back at the end)
 * @param by       who asked for the import: recorded on the transitions it makes
 * @param source   what the volunteers created come from
 * @param communes the postcode cache of this import
 * @param postcodeHeader the name of the postcode column in the file, for warnings
 * @param instance the instance running the import, which must still hold its slot for a chunk to write
 */
record ImportContext(String jobId, boolean dryRun, String by, String source, Communes communes, String postcodeHeader,
        String instance) {
}
