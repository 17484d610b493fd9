package org.rejoin.casework;

/** An upload the case does not accept, with the reason in plain English. */
public class DocumentRejectedException extends RuntimeException {

    public DocumentRejectedException(String message) {
        super(message);
    }
}
