package org.maillage.demodata;

/**
 * What is wrong with one data row of the dirty variant: at most one kind per row, so that each count of the
 * expectations file is exact. Blank lines come on top, between rows.
 */
enum DirtKind {
    /** A clean row. */
    NONE(0),
    /** The same person as an earlier clean row, under a new id, the e-mail in other letter case. */
    DUPLICATE(0.03),
    /** The e-mail lacks its @, holds a space, or has two dots in a row. */
    INVALID_EMAIL(0.01),
    /** The postcode is one that serves several communes, picked on purpose (beyond those drawn naturally). */
    AMBIGUOUS_POSTCODE(0.02),
    /**
     * The row stops early: trailing columns are missing. The e-mail always stays; the postcode too, except in
     * the short profiles export where it is the only column after the e-mail.
     */
    MISSING_COLUMNS(0.005),
    /** One or two of prenom, nom, email, code_postal have leading or trailing spaces. */
    PADDED(0.02),
    /** Names in capitals, in lower case, without accents, or decomposed (NFD, UTF-8 only). */
    NAME_VARIANT(0.02),
    /**
     * The e-mail keeps the accents of an accented first name before « @ » ({@code benoît.martin@…}): an
     * internationalised address (RFC 6531), valid and deliverable, as JeVeuxAider accepts them. Last, so that
     * the other kinds fall on the same rows as before it existed.
     */
    INTERNATIONAL_EMAIL(0.05);

    private final double rate;

    DirtKind(double rate) {
        this.rate = rate;
    }

    double rate() {
        return rate;
    }
}
