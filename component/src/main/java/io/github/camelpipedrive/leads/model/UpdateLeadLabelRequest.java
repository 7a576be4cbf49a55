package io.github.camelpipedrive.leads.model;

/**
 * Body of {@code updateLeadLabel}: only the properties set are sent.
 */
public class UpdateLeadLabelRequest extends PatchRequest {

    /** Renames the label. */
    public UpdateLeadLabelRequest name(String name) {
        set("name", name);
        return this;
    }

    /** Changes the colour. */
    public UpdateLeadLabelRequest color(LeadLabelColor color) {
        set("color", color == null ? null : color.apiName());
        return this;
    }

    /** Changes the colour by its API name, for example {@code dark-gray}. */
    public UpdateLeadLabelRequest color(String color) {
        set("color", color);
        return this;
    }
}
