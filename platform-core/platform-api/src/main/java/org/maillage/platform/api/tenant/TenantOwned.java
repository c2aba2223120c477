package org.maillage.platform.api.tenant;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Marks a JPA entity as owned by one tenant.
 *
 * <p>The runtime stores the owning tenant's slug in the column {@value #COLUMN} of the entity's table
 * and adds it to every read and write, so that code acting for one tenant can never find, count,
 * update or delete another tenant's rows. The table must have that column ({@code varchar(40) not null});
 * the entity must not map it.
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.TYPE)
public @interface TenantOwned {

    /** The discriminator column every tenant-owned table carries. */
    String COLUMN = "tenant_id";
}
