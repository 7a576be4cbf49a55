package io.github.camelpipedrive.leads.model;

import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * The answer to a delete: the id of the lead or label that was deleted.
 */
public class DeletedItem {

    private String id;

    /** The deleted item's id. */
    @JsonProperty("id")
    public String getId() {
        return id;
    }

    public void setId(String id) {
        this.id = id;
    }

    @Override
    public String toString() {
        return "DeletedItem[id=" + id + "]";
    }
}
