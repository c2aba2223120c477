package org.maillage.platform.territory.boundary;

import java.util.List;

/** A postcode and the communes it serves (often several), by name. */
public record PostcodeView(String codePostal, List<CommuneView> communes) {
}
