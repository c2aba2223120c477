package org.maillage.demodata;

import java.time.LocalDate;

/**
 * A JeVeuxAider mission of the territory.
 *
 * @param end null for a mission without an end date (ongoing); otherwise not before {@code start}
 */
record Mission(long id, String nom, LocalDate start, LocalDate end) {

    boolean openOn(LocalDate day) {
        return end == null || !end.isBefore(day);
    }
}
