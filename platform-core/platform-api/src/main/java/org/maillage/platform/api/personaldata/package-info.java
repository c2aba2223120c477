/**
 * RGPD: every plugin that stores personal data takes part in export and erasure.
 *
 * <p>A plugin provides one bean implementing {@link org.maillage.platform.api.personaldata.PersonalData}.
 * The platform calls every such bean of the plugins enabled for the cooperation, with the tenant bound
 * and inside a transaction, when a coordinator exports or erases one person's data; each export and
 * erasure is recorded.
 */
package org.maillage.platform.api.personaldata;
