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
package io.github.camelpipedrive.leads.client;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * Pagination metadata of a list response. Pipedrive documents two shapes for {@code additional_data}: flat
 * ({@code {start, limit, more_items_in_collection}}) and nested ({@code {pagination: {..., next_start}}}); both are
 * read, the nested one first. v2 endpoints use {@code next_cursor} instead.
 *
 * @param start                 offset of the first item, or null
 * @param limit                 page size, or null
 * @param moreItemsInCollection whether another page exists
 * @param nextStart             offset of the next page, or null
 * @param nextCursor            v2 cursor of the next page, or null at the end
 */
public record PageInfo(Integer start, Integer limit, boolean moreItemsInCollection, Integer nextStart,
        String nextCursor) {

    /** Reads the pagination block of a response body root; never null. */
    public static PageInfo from(JsonNode root) {
        return fromAdditionalData(root == null ? null : root.get("additional_data"));
    }

    /** Reads the pagination of an {@code additional_data} member (null or absent: no more pages). */
    public static PageInfo fromAdditionalData(JsonNode additional) {
        if (additional == null || !additional.isObject()) {
            return new PageInfo(null, null, false, null, null);
        }
        JsonNode nested = additional.get("pagination");
        JsonNode p = nested != null && nested.isObject() ? nested : additional;
        Integer start = intOrNull(p.get("start"));
        Integer limit = intOrNull(p.get("limit"));
        boolean more = p.path("more_items_in_collection").asBoolean(false);
        Integer nextStart = intOrNull(p.get("next_start"));
        if (more && nextStart == null && start != null && limit != null) {
            nextStart = start + limit;
        }
        JsonNode cursor = additional.get("next_cursor");
        String nextCursor = cursor == null || cursor.isNull() ? null : cursor.asText();
        return new PageInfo(start, limit, more || nextCursor != null, nextStart, nextCursor);
    }

    private static Integer intOrNull(JsonNode node) {
        return node == null || !node.isNumber() ? null : node.asInt();
    }
}
