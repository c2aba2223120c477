/**
 * Rapport au réseau: the cooperations' reports to the national network.
 *
 * <p>Requirements: a cooperation reports for a year or a half-year, with figures it does not retype and
 * words only it can write (highlights, difficulties, needs, the teams' stories); the network reads what was
 * sent, answers (acknowledges, or gives back with a comment), and sees which cooperations are late.
 * Coordinators see their own cooperation's reports only; team referents none. The commission réseau meets
 * with the cooperations it invites, on an agenda fed by the reports, the cooperations' questions and other
 * plugins ({@code org.maillage.reporting.api.AgendaProposals}, in {@code plugin-reporting-api}).
 *
 * <p>Areas: {@code reports} (the report and its workflow), {@code meetings} (the commission réseau, network data),
 * {@code plugin} (the descriptor).
 */
package org.maillage.reporting;
