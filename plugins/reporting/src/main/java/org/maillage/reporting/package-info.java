/**
 * Rapport au réseau: the cooperations' reports to the national network.
 *
 * <p>Requirements: a cooperation reports for a year or a half-year, with figures it does not retype and
 * words only it can write (highlights, difficulties, needs, the teams' stories); the network reads what was
 * sent, answers (acknowledges, or gives back with a comment), and sees which cooperations are late.
 * Coordinators see their own cooperation's reports only; team referents none.
 *
 * <p>Areas: {@code reports} (the report and its workflow), {@code plugin} (the descriptor).
 */
package org.maillage.reporting;
