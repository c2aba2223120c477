package org.maillage.demodata;

import java.time.LocalDateTime;

/**
 * A volunteer's application to a mission.
 *
 * @param slots the créneaux_bénévole column ("2023-05-12 (matin, après-midi), 2023-05-19 (soir)"), mostly empty
 */
record Participation(long id, String statut, Mission mission, LocalDateTime created, LocalDateTime modified,
                     String slots) {
}
