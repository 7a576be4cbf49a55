package io.github.camelpipedrive.leads.exception;

/**
 * Input that the API would reject (or that would be unsafe to send). Raised before any request is made, so nothing
 * reaches the wire. The message names the field and the rule.
 */
public class PipedriveValidationException extends PipedriveLeadsException {

    private final String field;

    public PipedriveValidationException(String field, String rule) {
        super("Invalid " + field + ": " + rule);
        this.field = field;
    }

    /** The option, header or body property that is invalid. */
    public String getField() {
        return field;
    }
}
