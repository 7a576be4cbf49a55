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

import java.util.List;

/**
 * Body of {@code updateLeadLabel}: only the properties set are sent.
 */
public class UpdateLeadLabelRequest extends PatchRequest {

    /** The properties a label update may set. */
    public static final List<String> UPDATABLE = List.of("name", "color");

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
