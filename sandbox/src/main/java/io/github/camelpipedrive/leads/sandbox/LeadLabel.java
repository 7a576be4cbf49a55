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
package io.github.camelpipedrive.leads.sandbox;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.Instant;
import java.util.List;

/** One lead label; mutated only under the store's write lock. */
final class LeadLabel {

    /** The ten colours the API accepts (reference §2.2). */
    static final List<String> COLORS = List.of(
            "blue", "brown", "dark-gray", "gray", "green", "orange", "pink", "purple", "red", "yellow");

    final String id;
    final Instant addTime;
    String name;
    String color;
    Instant updateTime;

    LeadLabel(String id, String name, String color, Instant addTime) {
        this.id = id;
        this.name = name;
        this.color = color;
        this.addTime = addTime;
        this.updateTime = addTime;
    }

    byte[] json() {
        ObjectNode node = Json.object();
        node.put("id", id);
        node.put("name", name);
        node.put("color", color);
        node.put("add_time", Timestamps.format(addTime));
        node.put("update_time", Timestamps.format(updateTime));
        return Json.bytes(node);
    }
}
