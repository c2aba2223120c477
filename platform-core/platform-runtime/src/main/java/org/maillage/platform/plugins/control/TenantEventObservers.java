package org.maillage.platform.plugins.control;

import jakarta.enterprise.event.Observes;
import jakarta.enterprise.inject.spi.Extension;
import jakarta.enterprise.inject.spi.ObserverMethod;
import jakarta.enterprise.inject.spi.ProcessObserverMethod;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.Type;
import org.maillage.platform.api.event.TenantEvent;

/**
 * A CDI extension that puts every observer of a {@link TenantEvent} behind the {@link TenantEventGate},
 * so that plugins observe tenant events with plain CDI observer methods and still never see another
 * cooperation's events, nor events of a cooperation that has not enabled them.
 */
public class TenantEventObservers implements Extension {

    private static volatile TenantEventGate gate;

    /** Called once the platform has started: until then, no plugin is started and no event reaches one. */
    static void use(TenantEventGate started) {
        gate = started;
    }

    <T, X> void gate(@Observes ProcessObserverMethod<T, X> event) {
        ObserverMethod<T> original = event.getObserverMethod();
        if (!TenantEvent.class.isAssignableFrom(raw(original.getObservedType()))) {
            return;
        }
        Class<?> observer = original.getBeanClass();
        event.configureObserverMethod().notifyWith(context -> {
            TenantEventGate current = gate;
            if (current == null ? observerIsPlatform(observer) : current.delivers(observer, (TenantEvent) context.getEvent())) {
                original.notify(context);
            }
        });
    }

    private static boolean observerIsPlatform(Class<?> observer) {
        return observer.getProtectionDomain().getCodeSource() != null
                && observer.getProtectionDomain().getCodeSource().equals(TenantEventObservers.class.getProtectionDomain().getCodeSource());
    }

    private static Class<?> raw(Type type) {
        if (type instanceof Class<?> c) {
            return c;
        }
        if (type instanceof ParameterizedType p) {
            return raw(p.getRawType());
        }
        return Object.class;
    }
}
