/**
 * RGPD: one person's data across the plugins of a cooperation.
 *
 * <p>Requirements: personal data is minimal and erasable; every plugin that stores personal data
 * takes part in export and erasure.
 *
 * <p>Decisions: a person is named by e-mail address, sent in the body of a POST ({@code .../personal-data/export},
 * {@code .../erasure}) so that it reaches no URL, access log or browser history; the audit names them by a keyed
 * hash only ({@link org.maillage.platform.audit.control.PersonConcerned}); the platform asks each plugin active in the
 * cooperation through its {@link org.maillage.platform.api.personaldata.PersonalData} bean, and the platform's own
 * holders (the outbox, whose rows hold addresses: after the plugins, so that what a plugin queues while erasing goes
 * too), in one transaction, so an erasure is all or nothing.
 */
package org.maillage.platform.personaldata;
