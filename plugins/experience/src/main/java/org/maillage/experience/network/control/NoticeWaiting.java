package org.maillage.experience.network.control;

/** A CDI event: the cooperation has notices to send, once the transaction that wrote them commits. */
public record NoticeWaiting(String cooperation) {
}
