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

import java.util.LinkedHashMap;
import java.util.Map;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonAnySetter;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * Optional body of {@code convertLeadToDeal}: the stage (its pipeline is inferred) or the pipeline (first stage) of
 * the new deal. Without either, the first stage of the default pipeline is used.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public class ConvertLeadRequest {

    private Long stageId;
    private Long pipelineId;
    private final Map<String, Object> otherProperties = new LinkedHashMap<>();

    /** The body built from the endpoint options stageId and pipelineId (either may be null). */
    public static ConvertLeadRequest of(Long stageId, Long pipelineId) {
        ConvertLeadRequest request = new ConvertLeadRequest();
        request.setStageId(stageId);
        request.setPipelineId(pipelineId);
        return request;
    }

    /** The stage of the new deal. */
    @JsonProperty("stage_id")
    public Long getStageId() {
        return stageId;
    }

    public void setStageId(Long stageId) {
        this.stageId = stageId;
    }

    /** The pipeline of the new deal (ignored when a stage is given). */
    @JsonProperty("pipeline_id")
    public Long getPipelineId() {
        return pipelineId;
    }

    public void setPipelineId(Long pipelineId) {
        this.pipelineId = pipelineId;
    }

    /** Properties the API does not accept (additionalProperties: false), kept so that validation can name them. */
    @JsonAnyGetter
    public Map<String, Object> getOtherProperties() {
        return otherProperties;
    }

    @JsonAnySetter
    public void setOtherProperty(String name, Object value) {
        otherProperties.put(name, value);
    }
}
