package org.maillage.platform.api.event;

/** A domain event of one cooperation. */
public interface TenantEvent {

    /** @return the slug of the cooperation the event happened in */
    String tenant();
}
