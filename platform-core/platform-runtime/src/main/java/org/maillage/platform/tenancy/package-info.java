/**
 * Tenancy: the registry of cooperations and the tenant of each request.
 *
 * <p>Requirements: each departmental cooperation is a tenant named by a slug; tenant-scoped requests
 * live under {@code /api/tenants/{tenant}/...}; an unknown tenant answers 404, an archived one 410,
 * and a suspended one refuses writes with 403. National admins create, update, suspend, reactivate
 * and archive cooperations through {@code /api/tenants}. A cooperation may have a contact address, where the network
 * writes to it: set by network admins (registry, descriptors' {@code contact.email}) and by its coordinators
 * ({@code /api/tenants/{tenant}/contact}); one address, checked, stored in lower case, never logged nor repeated in a
 * message (a descriptor's report line is masked with {@code Redacted}). It is the cooperation's, not a person's: it
 * stays out of the export and erasure of a person's data, and the page asks for an address of the cooperation.
 *
 * <p>Decisions: any JAX-RS resource whose path has a {@code {tenant}} parameter is tenant-scoped and
 * goes through {@link org.maillage.platform.tenancy.boundary.TenantFilter} — there is no list to keep
 * up to date, so a new endpoint cannot escape the checks. The registry itself names its parameter
 * {@code {slug}}: it acts on the tenant as a record, not inside it. The slug is the primary key and
 * never changes. Archiving is final; suspension is reversible. A cooperation has a {@code @Version}
 * and a change is flushed inside the request, so simultaneous changes give one change and 409s.
 */
package org.maillage.platform.tenancy;
