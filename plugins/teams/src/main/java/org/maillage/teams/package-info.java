/**
 * The teams plugin (« Équipes citoyennes »): citizen teams of a cooperation, their members, partners
 * and log of visits and actions, and the coverage of the territory (zones blanches). Areas:
 * {@code teams} (teams and everything about them), {@code coverage}, {@code api} (what other plugins
 * compile against), {@code plugin} (descriptor and indicators).
 */
package org.maillage.teams;
