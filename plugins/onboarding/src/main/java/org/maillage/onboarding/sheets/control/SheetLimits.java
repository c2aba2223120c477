package org.maillage.onboarding.sheets.control;

import java.util.Locale;

/**
 * Bounds on what one uploaded table may hold, whatever its format, so that the memory an import takes stays
 * bounded by these numbers rather than by the file: a hostile or broken file is refused with a French message.
 * An export of JeVeuxAider has 4 to 16 columns and short values; Excel itself holds at most 32,767 characters
 * in a cell.
 */
final class SheetLimits {

    /** Columns (CSV fields, XLSX cells) in one row. */
    static final int MAX_COLUMNS = 1_000;
    /** Characters in one value: Excel's own maximum. */
    static final int MAX_CELL = 32_767;
    /** Characters in one CSV record, separators and quotes included. */
    static final int MAX_RECORD = 1_000_000;

    private SheetLimits() {
    }

    /** @return the number as French writes it: {@code 32 767} */
    static String number(long n) {
        return String.format(Locale.ROOT, "%,d", n).replace(',', ' ');
    }

    static String tooManyColumns(long line) {
        return "Ligne " + line + " : plus de " + number(MAX_COLUMNS) + " colonnes ; un export JeVeuxAider en a moins de vingt.";
    }

    static String cellTooLong(long line, int max) {
        return "Ligne " + line + " : une valeur dépasse " + number(max) + " caractères.";
    }
}
