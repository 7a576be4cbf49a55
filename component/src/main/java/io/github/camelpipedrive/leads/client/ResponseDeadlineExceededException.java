package io.github.camelpipedrive.leads.client;

import java.io.InterruptedIOException;

/**
 * A request whose response was not complete within {@code responseDeadline}: the connection was aborted. A transport
 * failure like a read timeout (an idempotent request may be retried, a POST is not), but one that no trickle of bytes
 * can postpone: the socket timeout restarts with every byte, the deadline does not.
 */
public final class ResponseDeadlineExceededException extends InterruptedIOException {

    private static final long serialVersionUID = 1L;

    ResponseDeadlineExceededException(long deadlineMillis) {
        super("no complete response within responseDeadline of " + deadlineMillis + " ms; connection aborted");
    }
}
