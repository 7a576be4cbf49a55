package io.github.camelpipedrive.leads.exception;

/**
 * A response larger than {@code maxResponseSize} (counted after decompression, or announced by its
 * {@code Content-Length}): refused and the connection dropped before it could exhaust the heap. Pipedrive's largest
 * page is far below the default limit, so this means a broken or hostile server (or a proxy's error page gone wild).
 * Not retried: the same request would get the same answer.
 */
public class PipedriveResponseTooLargeException extends PipedriveLeadsException {

    private final long maxResponseSize;

    public PipedriveResponseTooLargeException(String request, long maxResponseSize, String detail) {
        super("Pipedrive " + request + ": response refused, " + detail + " exceeds maxResponseSize of "
              + maxResponseSize + " bytes");
        this.maxResponseSize = maxResponseSize;
    }

    /** The limit in bytes that the response exceeded. */
    public long getMaxResponseSize() {
        return maxResponseSize;
    }
}
