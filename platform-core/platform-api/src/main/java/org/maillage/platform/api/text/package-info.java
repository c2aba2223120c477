/**
 * Text rules every module shares: how text is folded for comparison ({@link org.maillage.platform.api.text.Folding})
 * and when an e-mail address is one ({@link org.maillage.platform.api.text.EmailAddress}).
 *
 * <p>Requirements: one concept, one rule — a commune found by search, a column recognised in an export, a
 * volunteer found by name and a person found by address must not depend on which module looks.
 *
 * <p>Decisions:
 * <ul>
 * <li><b>Folding</b> decomposes (NFKD), drops the marks, spells out the letters that do not decompose
 * (œ → oe, ß → ss, ø → o…) and lower-cases with {@link java.util.Locale#ROOT}; callers then split or join
 * words as their use needs. What is a word is decided here too: letters and digits of any script.</li>
 * <li><b>E-mail addresses</b> are judged by whether a message can be delivered to them, not by a strict
 * grammar: internationalised addresses (RFC 6531: UTF-8 local part, Unicode domain) are addresses. Only
 * shapes that cannot be delivered are refused; unusual but deliverable ones carry a warning. Two addresses
 * are the same person when their {@link org.maillage.platform.api.text.EmailAddress#normalised normalised}
 * forms are equal: trimmed, NFC, whole address in lower case — as JeVeuxAider compares them (see
 * {@code docs/email-addresses.md}).</li>
 * </ul>
 */
package org.maillage.platform.api.text;
