package org.maillage.platform.api.security;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Marks a write of a cooperation's resource that a network admin may make although not a member,
 * because it belongs to running the network (enabling a module, a setting). Without it, network
 * admins only read cooperations. The roles of {@code @RolesAllowed} still apply.
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target({ElementType.METHOD, ElementType.TYPE})
public @interface NetworkLevel {
}
