/**
 * What other plugins compile against to work with the reporting plugin: the commission réseau's agenda
 * extension point {@link org.maillage.reporting.api.AgendaProposals} (the experience-sharing plugin proposes
 * fiches through it).
 *
 * <p>Decisions: a JAR of its own ({@code org.maillage:plugin-reporting-api}), shipped beside the plugin, so
 * that other plugins compile against it alone ({@code provided}). A proposal carries a key prefixed with its
 * plugin's id; the commission copies the key and the title into the agenda item, so an item stays readable
 * after the contributor is disabled, and a proposal already on an agenda is not proposed again.
 */
package org.maillage.reporting.api;
