package io.github.camelpipedrive.leads.model;

import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * A lead source, such as {@code API} or {@code Web forms}. The list is fixed by Pipedrive.
 */
public class LeadSource {

    private String name;

    public LeadSource() {
    }

    public LeadSource(String name) {
        this.name = name;
    }

    /** The source name. */
    @JsonProperty("name")
    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name;
    }

    @Override
    public String toString() {
        return name;
    }
}
