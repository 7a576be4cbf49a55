/*
 * Copyright 2026 The camel-pipedrive-leads authors
 *
 * Licensed under the Apache License, Version 2.0 (the "License");
 * you may not use this file except in compliance with the License.
 * You may obtain a copy of the License at
 *
 *     http://www.apache.org/licenses/LICENSE-2.0
 *
 * Unless required by applicable law or agreed to in writing, software
 * distributed under the License is distributed on an "AS IS" BASIS,
 * WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
 * See the License for the specific language governing permissions and
 * limitations under the License.
 */
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
