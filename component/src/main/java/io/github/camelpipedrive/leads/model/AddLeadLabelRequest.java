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

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * Body of {@code addLeadLabel}: a name and one of the {@link LeadLabelColor colours}.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public class AddLeadLabelRequest {

    private String name;
    private String color;

    public AddLeadLabelRequest() {
    }

    public AddLeadLabelRequest(String name, LeadLabelColor color) {
        this.name = name;
        this.color = color == null ? null : color.apiName();
    }

    /** The label name (required). */
    @JsonProperty("name")
    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name;
    }

    /** The colour name (required), one of {@link LeadLabelColor#apiNames()}. */
    @JsonProperty("color")
    public String getColor() {
        return color;
    }

    public void setColor(String color) {
        this.color = color;
    }

    @Override
    public String toString() {
        return "AddLeadLabelRequest[name=" + name + ", color=" + color + "]";
    }
}
