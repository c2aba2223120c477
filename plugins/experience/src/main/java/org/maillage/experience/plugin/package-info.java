/**
 * The plugin's descriptor: id {@code experience}, roles {@code coordinator} and {@code team-referent}, pages
 * (the network's fiches, the cooperation's fiches; the national moderation page), the setting
 * {@code experience.attachment.max-bytes}, and the indicators {@code experience.written}, {@code experience.shared},
 * {@code experience.reused}, {@code experience.answered}.
 *
 * <p>Decision: reporting is an <b>optional</b> dependency. Its API JAR is on the platform with it; where reporting
 * is started, the fiches proposed by coordinators reach the commission réseau's agenda through
 * {@code org.maillage.reporting.api.AgendaProposals}; elsewhere nobody reads them and a proposal is refused with a
 * 409 naming the missing module. Nothing else of the plugin needs reporting.
 */
package org.maillage.experience.plugin;
