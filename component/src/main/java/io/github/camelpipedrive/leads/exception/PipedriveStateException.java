package io.github.camelpipedrive.leads.exception;

/**
 * Stored state (a consumer's cursor, an OAuth refresh token) that cannot be read or written. Raised instead of
 * treating unreadable state as "no state", which would silently restart a feed from {@code startFrom} or lose a
 * token. The message names the key and, when known, the file; it never contains the stored value.
 */
public class PipedriveStateException extends PipedriveLeadsException {

    public PipedriveStateException(String message) {
        super(message);
    }

    public PipedriveStateException(String message, Throwable cause) {
        super(message, cause);
    }
}
