package org.maillage.onboarding.api;

import java.util.List;

/**
 * One row of a sheet, as read: its cells as text, untrimmed.
 *
 * @param line  where the row starts in the file: the line of a CSV file (1 for the first), the row
 *              number of a spreadsheet; what a user finds when they open the file
 * @param cells the cells from the first column on; a row may be shorter or longer than the header
 */
public record Row(long line, List<String> cells) {

    public Row {
        cells = List.copyOf(cells);
    }

    /** @return the cell at {@code index}, or an empty text when the row is shorter */
    public String cell(int index) {
        return index >= 0 && index < cells.size() ? cells.get(index) : "";
    }

    /** @return whether every cell is empty or white space */
    public boolean blank() {
        return cells.stream().allMatch(String::isBlank);
    }
}
