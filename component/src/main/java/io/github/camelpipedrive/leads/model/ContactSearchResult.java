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
 * One entry of a person or organization search: the item and its relevance score.
 */
public class ContactSearchResult extends ExtensibleModel {

    @JsonProperty("result_score")
    private Double resultScore;
    @JsonProperty("item")
    private ContactSearchItem item;

    /** The relevance score. */
    public Double getResultScore() {
        return resultScore;
    }

    public void setResultScore(Double resultScore) {
        this.resultScore = resultScore;
    }

    /** The person or organization found. */
    public ContactSearchItem getItem() {
        return item;
    }

    public void setItem(ContactSearchItem item) {
        this.item = item;
    }
}
