package io.github.camelpipedrive.leads.model;

import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * The answer to starting a lead-to-deal or deal-to-lead conversion: the id of the asynchronous job.
 */
public class ConversionJob {

    private String conversionId;

    /** The conversion job id, for the status operations. */
    @JsonProperty("conversion_id")
    public String getConversionId() {
        return conversionId;
    }

    public void setConversionId(String conversionId) {
        this.conversionId = conversionId;
    }

    @Override
    public String toString() {
        return "ConversionJob[" + conversionId + "]";
    }
}
