package org.maillage.platform.tenancy.entity;

/**
 * The life of a cooperation on the platform.
 * ACTIVE → SUSPENDED (read only) → ACTIVE again; ACTIVE or SUSPENDED → ARCHIVED, which is final.
 */
public enum TenantStatus {
    ACTIVE, SUSPENDED, ARCHIVED
}
