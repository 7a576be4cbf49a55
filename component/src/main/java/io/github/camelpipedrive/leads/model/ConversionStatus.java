package io.github.camelpipedrive.leads.model;

import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * The state of a conversion job: {@code not_started}, {@code running}, {@code completed}, {@code failed} or
 * {@code rejected}; on completion the new deal id (lead to deal) or lead id (deal to lead).
 */
public class ConversionStatus {

    private String conversionId;
    private String status;
    private Long dealId;
    private String leadId;

    /** The job id. */
    @JsonProperty("conversion_id")
    public String getConversionId() {
        return conversionId;
    }

    public void setConversionId(String conversionId) {
        this.conversionId = conversionId;
    }

    /** The job status. */
    @JsonProperty("status")
    public String getStatus() {
        return status;
    }

    public void setStatus(String status) {
        this.status = status;
    }

    /** The deal created from the lead, once completed. */
    @JsonProperty("deal_id")
    public Long getDealId() {
        return dealId;
    }

    public void setDealId(Long dealId) {
        this.dealId = dealId;
    }

    /** The lead created from the deal, once completed. */
    @JsonProperty("lead_id")
    public String getLeadId() {
        return leadId;
    }

    public void setLeadId(String leadId) {
        this.leadId = leadId;
    }

    /** Whether the job has ended (completed, failed or rejected). */
    public boolean isFinished() {
        return "completed".equals(status) || "failed".equals(status) || "rejected".equals(status);
    }

    /** Whether the job succeeded. */
    public boolean isCompleted() {
        return "completed".equals(status);
    }

    @Override
    public String toString() {
        return "ConversionStatus[" + conversionId + " " + status + (dealId != null ? " deal " + dealId : "")
               + (leadId != null ? " lead " + leadId : "") + "]";
    }
}
