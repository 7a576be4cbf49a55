package io.github.camelpipedrive.leads.exception;

import org.apache.camel.RuntimeCamelException;

/**
 * Base of every exception the component raises. Messages never contain credentials.
 */
public class PipedriveLeadsException extends RuntimeCamelException {

    public PipedriveLeadsException(String message) {
        super(message);
    }

    public PipedriveLeadsException(String message, Throwable cause) {
        super(message, cause);
    }
}
