package org.rejoin.security;

/**
 * Bad input a form can show beside the field it concerns (the field's name, as the form knows it), so a
 * person sees what to fix where they typed it and nothing they typed is lost.
 */
public class FieldProblem extends IllegalArgumentException {

    private final String field;

    public FieldProblem(String field, String message) {
        super(message);
        this.field = field;
    }

    public String field() {
        return field;
    }
}
