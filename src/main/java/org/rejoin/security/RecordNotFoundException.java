package org.rejoin.security;

/** A record that does not exist, or that the asking person may not reach: the two read the same. */
public class RecordNotFoundException extends RuntimeException {

    public RecordNotFoundException(String message) {
        super(message);
    }
}
