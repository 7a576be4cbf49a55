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

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * One hit of {@code searchLeads}: its score and the matched lead in the search shape (which differs from
 * {@link Lead}: {@code value} is flat, {@code visible_to} is a number, person and organization are objects).
 */
public class LeadSearchResult {

    private Double resultScore;
    private Item item;

    /** The relevance score. */
    @JsonProperty("result_score")
    public Double getResultScore() {
        return resultScore;
    }

    public void setResultScore(Double resultScore) {
        this.resultScore = resultScore;
    }

    /** The matched lead. */
    @JsonProperty("item")
    public Item getItem() {
        return item;
    }

    public void setItem(Item item) {
        this.item = item;
    }

    @Override
    public String toString() {
        return "LeadSearchResult[" + (item == null ? null : item.getId() + " '" + item.getTitle() + "'") + ", score="
               + resultScore + "]";
    }

    /** A lead as search returns it. */
    public static class Item extends ExtensibleModel {
        private String id;
        private String title;
        private Map<String, Object> owner;
        private Map<String, Object> person;
        private Map<String, Object> organization;
        private List<String> phones = new ArrayList<>();
        private List<String> emails = new ArrayList<>();
        private List<String> customFields = new ArrayList<>();
        private List<String> notes = new ArrayList<>();
        private Double value;
        private String currency;
        private Integer visibleTo;
        private Boolean archived;

        /** The lead id. */
        @JsonProperty("id")
        public String getId() {
            return id;
        }

        public void setId(String id) {
            this.id = id;
        }

        /** The lead title. */
        @JsonProperty("title")
        public String getTitle() {
            return title;
        }

        public void setTitle(String title) {
            this.title = title;
        }

        /** The owner ({@code id}). */
        @JsonProperty("owner")
        public Map<String, Object> getOwner() {
            return owner;
        }

        public void setOwner(Map<String, Object> owner) {
            this.owner = owner;
        }

        /** The person ({@code id}, {@code name}), or null. */
        @JsonProperty("person")
        public Map<String, Object> getPerson() {
            return person;
        }

        public void setPerson(Map<String, Object> person) {
            this.person = person;
        }

        /** The organization ({@code id}, {@code name}), or null. */
        @JsonProperty("organization")
        public Map<String, Object> getOrganization() {
            return organization;
        }

        public void setOrganization(Map<String, Object> organization) {
            this.organization = organization;
        }

        /** Phones of the linked person. */
        @JsonProperty("phones")
        public List<String> getPhones() {
            return phones;
        }

        public void setPhones(List<String> phones) {
            this.phones = phones;
        }

        /** E-mails of the linked person. */
        @JsonProperty("emails")
        public List<String> getEmails() {
            return emails;
        }

        public void setEmails(List<String> emails) {
            this.emails = emails;
        }

        /** Matching custom field values. */
        @JsonProperty("custom_fields")
        public List<String> getCustomFields() {
            return customFields;
        }

        public void setCustomFields(List<String> customFields) {
            this.customFields = customFields;
        }

        /** Matching notes. */
        @JsonProperty("notes")
        public List<String> getNotes() {
            return notes;
        }

        public void setNotes(List<String> notes) {
            this.notes = notes;
        }

        /** The lead value amount (flat in search results). */
        @JsonProperty("value")
        public Double getValue() {
            return value;
        }

        public void setValue(Double value) {
            this.value = value;
        }

        /** The value's currency. */
        @JsonProperty("currency")
        public String getCurrency() {
            return currency;
        }

        public void setCurrency(String currency) {
            this.currency = currency;
        }

        /** Visibility (a number in search results). */
        @JsonProperty("visible_to")
        public Integer getVisibleTo() {
            return visibleTo;
        }

        public void setVisibleTo(Integer visibleTo) {
            this.visibleTo = visibleTo;
        }

        /** Whether the lead is archived. */
        @JsonProperty("is_archived")
        public Boolean getArchived() {
            return archived;
        }

        public void setArchived(Boolean archived) {
            this.archived = archived;
        }

    }
}
