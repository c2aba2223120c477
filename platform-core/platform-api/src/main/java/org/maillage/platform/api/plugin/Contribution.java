package org.maillage.platform.api.plugin;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/** The position of a contribution among the others to the same extension point: lower comes first. */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.TYPE)
public @interface Contribution {

    /** @return the position; contributions of equal order are sorted by plugin id */
    int order() default 100;
}
