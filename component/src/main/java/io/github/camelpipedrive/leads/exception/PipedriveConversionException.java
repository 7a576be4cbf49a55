package io.github.camelpipedrive.leads.exception;

import io.github.camelpipedrive.leads.exception.PipedriveLeadsException;

/**
 * A lead-to-deal or deal-to-lead conversion that failed, was rejected, or did not end in time.
 */
public class PipedriveConversionException extends PipedriveLeadsException {

    private final String conversionId;
    private final String status;

    public PipedriveConversionException(String operation, String conversionId, String status, String reason) {
        super("Pipedrive " + operation + " conversion " + conversionId + ": " + reason);
        this.conversionId = conversionId;
        this.status = status;
    }

    /** The conversion job id. */
    public String getConversionId() {
        return conversionId;
    }

    /** The last status seen (failed, rejected, running, ...). */
    public String getStatus() {
        return status;
    }
}
