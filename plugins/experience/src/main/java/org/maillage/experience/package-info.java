/**
 * Partage d'expériences: retours d'expérience (fiches) written by a cooperation, kept to it or shared with the
 * whole network, searched in French, discussed between cooperations, proposed to the commission réseau.
 *
 * <p>Requirements: a fiche is a DRAFT (its writer and the cooperation's coordinators read it), then shared with
 * the COOPERATION (its members), then with the NETWORK (every cooperation), each move decided by a coordinator and
 * withdrawable. Network admins feature a shared fiche or hide it with a reason its cooperation reads. Only what a
 * cooperation chose to publish ever leaves it: a draft, a fiche kept to the cooperation or anything else of it
 * never appears in the network space.
 *
 * <p>Areas: {@code fiches} (the cooperation's fiches, files, personal data, the e-mails it receives: tenant-owned,
 * behind the wall), {@code network} (the network's copies of shared fiches, search, exchanges, moderation:
 * network data), {@code plugin} (descriptor, indicators). {@code fiches} uses {@code network}, never the reverse.
 */
package org.maillage.experience;
