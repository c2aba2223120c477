/**
 * The OpenAPI document at {@code /openapi}: what MicroProfile OpenAPI (Payara) builds from the resources of the
 * platform and of every plugin, made valid OpenAPI 3.0 by one filter ({@link org.maillage.platform.openapi.boundary.DocumentFilter},
 * {@code mp.openapi.filter}), so that a plugin, ours or a third party's, gets a valid document without an annotation
 * of its own.
 *
 * <p>Rules the filter applies, in this order:
 * <ul>
 * <li>every {@code {name}} of a path template is a declared path parameter of each of its operations (plugins read
 *     {@code {tenant}} through the platform, not through {@code @PathParam}, so Payara declared nothing);</li>
 * <li>operation ids are unique: {@code <area>_<fixed segments>_<method>}, the area being the plugin id (or the
 *     platform's part) that follows {@code /api/tenants/{tenant}/} or {@code /api/}, e.g.
 *     {@code onboarding_volunteers_steps_record}; an id that two paths would still share gets {@code network_}
 *     when its path is outside a cooperation, then a number ({@link org.maillage.platform.openapi.control.OperationIds});</li>
 * <li>tags of the same name are one tag, with the first description given;</li>
 * <li>schema defaults of numbers and booleans are numbers and booleans (Payara writes {@code @DefaultValue} as a string),
 *     and an array schema without {@code items} accepts any item;</li>
 * <li>the server is the document's own origin ({@code /}), so that the API explorer and generated clients call the
 *     platform that served the document (Payara wrote the address it was started with);</li>
 * <li>Payara's own top-level {@code endpoints} key, which the specification does not allow, is emptied (Payara
 *     then leaves it out).</li>
 * </ul>
 *
 * <p>Kept valid by {@code OpenApiDocumentIT} (a standard validator and a generated client, against the running platform).
 * Decision: a filter rather than annotations in every resource, because the faults come from how Payara reads JAX-RS,
 * not from what a plugin author wrote, and a rule in one place cannot be forgotten by the next plugin.
 */
package org.maillage.platform.openapi;
