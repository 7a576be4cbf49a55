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

import java.time.Instant;

import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * A lead label. The colour is kept as the API sends it so that a colour added by Pipedrive later does not break
 * reading; {@link LeadLabelColor} lists the known ones.
 */
public class LeadLabel {

    private String id;
    private String name;
    private String color;
    private Instant addTime;
    private Instant updateTime;

    /** The label id (a UUID). */
    @JsonProperty("id")
    public String getId() {
        return id;
    }

    public void setId(String id) {
        this.id = id;
    }

    /** The label name. */
    @JsonProperty("name")
    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name;
    }

    /** The colour name, for example {@code red}. */
    @JsonProperty("color")
    public String getColor() {
        return color;
    }

    public void setColor(String color) {
        this.color = color;
    }

    /** When the label was created. */
    @JsonProperty("add_time")
    public Instant getAddTime() {
        return addTime;
    }

    public void setAddTime(Instant addTime) {
        this.addTime = addTime;
    }

    /** When the label was last updated. */
    @JsonProperty("update_time")
    public Instant getUpdateTime() {
        return updateTime;
    }

    public void setUpdateTime(Instant updateTime) {
        this.updateTime = updateTime;
    }

    @Override
    public String toString() {
        return "LeadLabel[id=" + id + ", name=" + name + ", color=" + color + "]";
    }
}
