/**
 * Domain events that always carry their tenant.
 *
 * <p>Plugins fire them with CDI ({@code @Inject Event<MyEvent>}) and observe them with CDI observer
 * methods. The platform delivers an event to a plugin's observer only when the plugin is started and
 * enabled for the event's tenant, and, unless the plugin declares network scope, only while the
 * request acts for that same tenant: a plugin never observes another cooperation's events.
 */
package org.maillage.platform.api.event;
