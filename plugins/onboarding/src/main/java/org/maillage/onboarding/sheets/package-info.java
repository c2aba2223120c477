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
 * <li>Parsing is the libraries': CSV records by Apache Commons CSV, XLSX by Apache POI's streaming
 * (event) API — the same POI the runtime ships. What stays here is thin: recognising the encoding and the
 * separator of a CSV, pulling a sheet's cells in order, and the bounds.</li>
 * <li>CSV encoding: a byte-order mark decides; otherwise UTF-8 when the JDK's strict decoder reads the
 * whole file (overlong forms and surrogates refused), else Windows-1252 — unless the file holds valid UTF-8
 * letters too: then it mixes encodings and is refused, naming a line of each. A NUL byte means a binary file,
 * refused ({@link org.maillage.onboarding.sheets.control.TextEncoding}). One extra pass over the file,
 * against guessing from the first kilobytes and finding an « é » on line 200,000.</li>
 * <li>CSV separator: the most frequent of {@code ;}, {@code ,} and tab outside quotes in the header.</li>
 * <li>XLSX: first sheet only, in the workbook's order; DTDs and external entities refused (POI's hardened
 * StAX factory); a ZIP entry inflating more than 100 times is a bomb ({@code ZipSecureFile}); the shared
 * strings sit in a compact table with hard bounds ({@code SharedStringTable}: 4 million strings, 64 MB),
 * since POI's own read-only table keeps a {@code String} per entry and a 730 kB workbook of 100 million empty
 * strings exhausted the heap.</li>
 * <li>Bounds for every format ({@code SheetLimits}): 1,000 columns, 32,767 characters a value (Excel's
 * limit), a million characters a CSV record. Memory is bounded by these numbers, not by the file: beyond them
 * the file is refused with a French message and the line, never an {@code OutOfMemoryError}.</li>
 * <li>Line numbers are those a user sees: the line of the CSV file where the record starts, the
 * row number of the spreadsheet.</li>
 * </ul>
 */
package org.maillage.onboarding.sheets;
