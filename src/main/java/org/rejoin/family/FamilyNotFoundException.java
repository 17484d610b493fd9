package org.rejoin.family;

/** A family page, member or link this person may not reach: answered as "not found", never as "forbidden". */
public class FamilyNotFoundException extends RuntimeException {

    public FamilyNotFoundException() {
        super("Not found");
    }
}
