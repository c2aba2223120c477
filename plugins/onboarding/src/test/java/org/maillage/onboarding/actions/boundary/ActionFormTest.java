package org.maillage.onboarding.actions.boundary;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import java.util.Optional;
import java.util.function.Function;
import org.junit.jupiter.api.Test;
import org.maillage.onboarding.actions.entity.FirstAction;
import org.maillage.platform.api.territory.CommuneRef;

/** The happy path; refusals build JAX-RS responses and are tested over HTTP in {@code FirstActionsIT}. */
class ActionFormTest {

    private static final Function<String, Optional<CommuneRef>> MORBIHAN =
            code -> code.equals("56260") ? Optional.of(new CommuneRef("56260", "Vannes", "56", "200067932", 54000)) : Optional.empty();

    @Test
    void aOneDayActionEndsTheDayItStarts() {
        FirstAction.Details details = new ActionForm(" Goûter ", null, "56260", "2027-03-14", null, 8, "CCAS").details(MORBIHAN);
        assertEquals("Goûter", details.title());
        assertEquals("Vannes", details.communeName());
        assertEquals(LocalDate.of(2027, 3, 14), details.endsOn());
    }
}
