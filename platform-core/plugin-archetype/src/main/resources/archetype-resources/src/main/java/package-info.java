/**
 * ${pluginName}: a Maillage plugin. Volunteers registered by a cooperation's coordinators for an activity.
 *
 * <p>Rules and decisions:
 * <ul>
 * <li>{@code plugin}: the descriptor, read by the platform; it declares roles, the setting, the page and the indicator.</li>
 * <li>{@code registrations.entity}: JPA entities, depending on nothing above them. Entity names are global across every
 * plugin of the platform (one persistence unit): each is prefixed with the plugin's name ({@code ${prefix}Registration}),
 * each table with the plugin id ({@code ${pluginId}_registration}).</li>
 * <li>{@code registrations.control}: the rules and the data (the only classes that touch the {@code EntityManager});
 * the personal data export and erasure and the indicator's values live here.</li>
 * <li>{@code registrations.boundary}: the REST resource under {@code tenants/{tenant}/${pluginId}/}; roles with
 * {@code @RolesAllowed} and the platform's {@code Roles}.</li>
 * <li>Only {@code platform-api}, Jakarta EE and MicroProfile are used: the architecture rules of the test kit check it.</li>
 * </ul>
 */
package ${package};
