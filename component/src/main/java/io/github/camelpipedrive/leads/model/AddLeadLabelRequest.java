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
