package org.maillage.experience.network.entity;

import java.time.LocalDate;
import java.util.List;

/**
 * What a cooperation publishes of a fiche to the network: its content rendered and cleaned, the communes by
 * name, no writer. {@code communes} are « Vannes (56260) ».
 */
public record Publication(List<String> departements, String title, String summary,
                          String bodyHtml, String bodyText, List<String> themes, List<String> tags,
                          List<String> communes, List<String> partnerKinds, LocalDate periodFrom, LocalDate periodTo,
                          String resultsJson, String contactRole) {
}
