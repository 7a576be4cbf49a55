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
package io.github.camelpipedrive.leads.producer;

import java.lang.reflect.Array;
import java.util.ArrayDeque;
import java.util.Collection;
import java.util.Deque;
import java.util.IdentityHashMap;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;
import io.github.camelpipedrive.leads.exception.PipedriveValidationException;

/**
 * Measures how deeply a body of Maps, collections, arrays and JSON trees nests, without recursion, before Jackson
 * walks it recursively: a Map nested a few thousand levels deep would otherwise end in a {@code StackOverflowError}
 * while it is converted. A Map that contains itself is refused too.
 */
final class NestingDepth {

    private NestingDepth() {
    }

    /** @throws PipedriveValidationException naming {@code field} when the value nests deeper than {@code max} */
    static void require(Object value, int max, String field) {
        Deque<Object[]> pending = new ArrayDeque<>();
        Map<Object, Boolean> seen = new IdentityHashMap<>();
        pending.push(new Object[] { value, 1 });
        while (!pending.isEmpty()) {
            Object[] entry = pending.pop();
            Object node = entry[0];
            int depth = (Integer) entry[1];
            Iterable<?> children = childrenOf(node);
            if (children == null) {
                continue;
            }
            if (depth > max) {
                throw new PipedriveValidationException(field, "nests deeper than " + max + " levels");
            }
            if (seen.put(node, Boolean.TRUE) != null) {
                throw new PipedriveValidationException(field, "contains itself (a cycle)");
            }
            for (Object child : children) {
                pending.push(new Object[] { child, depth + 1 });
            }
        }
    }

    private static Iterable<?> childrenOf(Object node) {
        if (node instanceof Map) {
            return ((Map<?, ?>) node).values();
        }
        if (node instanceof JsonNode) {
            return ((JsonNode) node).isContainerNode() ? (JsonNode) node : null;
        }
        if (node instanceof Collection) {
            return (Collection<?>) node;
        }
        if (node != null && node.getClass().isArray() && !node.getClass().getComponentType().isPrimitive()) {
            int length = Array.getLength(node);
            java.util.List<Object> items = new java.util.ArrayList<>(length);
            for (int i = 0; i < length; i++) {
                items.add(Array.get(node, i));
            }
            return items;
        }
        return null;
    }
}
