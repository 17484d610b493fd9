package org.rejoin.notification;

/** Where one email is: waiting, being sent, sent, held for the digest (then in it), given up on, or not wanted. */
public enum DeliveryState { QUEUED, SENDING, SENT, HELD, DIGESTED, FAILED, SKIPPED }
