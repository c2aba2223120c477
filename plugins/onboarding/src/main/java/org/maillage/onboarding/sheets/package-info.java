/**
 * Reading tables from uploaded files — CSV and XLSX — one row at a time.
 *
 * <p>Requirements: exports of 300,000 rows must never sit whole in memory; files re-saved by
 * spreadsheets in a French locale must be read as they are (separator {@code ;}, Windows-1252,
 * byte-order marks, quotes, blank lines); a malformed file must be refused with a French message
 * that says where.
 *
 * <p>Decisions:
 * <ul>
 * <li>The type is recognised from the first bytes, not the name: a ZIP is an XLSX workbook, an
 * OLE2 file an old {@code .xls} (refused, with the advice to save as .xlsx or .csv), anything else CSV.</li>
 * <li>CSV encoding: a byte-order mark decides; otherwise UTF-8 when the whole file is valid UTF-8,
 * else Windows-1252 ({@link org.maillage.onboarding.sheets.control.TextEncoding}). One extra pass over
 * the file, measured at a fraction of the import's time, against guessing from the first kilobytes
 * and finding an « é » on line 200,000.</li>
 * <li>CSV separator: the most frequent of {@code ;}, {@code ,} and tab outside quotes in the header.</li>
 * <li>XLSX without Apache POI (about 20 MB of dependencies and whole-sheet memory in its usual API):
 * {@link java.util.zip.ZipFile} and StAX, first sheet only, in the workbook's order. Shared strings are
 * spilled to a temporary file with an offset index ({@code SharedStrings}), since in an export they are
 * as large as the data. DTDs and external entities are refused; decompressed sizes are bounded.</li>
 * <li>Line numbers are those a user sees: the line of the CSV file where the record starts, the
 * row number of the spreadsheet.</li>
 * </ul>
 */
package org.maillage.onboarding.sheets;
