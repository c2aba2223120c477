package org.maillage.platform.api.tenant;

import jakarta.inject.Qualifier;
import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Qualifies the {@code EntityManager} of a plugin's network data: data that belongs to the national network,
 * not to one cooperation (the commission's meetings). {@code @Inject @NetworkData EntityManager em}.
 *
 * <p>Rules:
 * <ul>
 * <li>A network entity is a plain {@code @Entity} without {@link TenantOwned}; its table has no
 * {@value TenantOwned#COLUMN} column, so the row-level security wall does not apply to it. EclipseLink
 * refuses a tenant-owned entity through this EntityManager (it has no tenant).</li>
 * <li>Every cooperation's request reads the same rows: the plugin itself decides who sees what (a coordinator
 * sees the meetings their cooperation is invited to) and tests it. A column naming a cooperation is the
 * plugin's own ({@code cooperation}), never {@code tenant_id}.</li>
 * <li>No cooperation's private data (volunteers, contacts) goes there: it would escape the wall and the
 * cooperation's erasure. Personal data stays tenant-owned.</li>
 * <li>Like the cooperation's EntityManager, it joins the current transaction and is refused outside one;
 * one transaction may use both.</li>
 * </ul>
 */
@Qualifier
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target({ElementType.FIELD, ElementType.METHOD, ElementType.PARAMETER, ElementType.TYPE})
public @interface NetworkData {
}
