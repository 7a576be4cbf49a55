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
package io.github.camelpipedrive.leads.state;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.Map;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.camelpipedrive.leads.exception.PipedriveStateException;

/**
 * The state file: one JSON object, readable and editable by hand.
 *
 * <pre>
 * {
 *   "format" : "camel-pipedrive-leads-state",
 *   "version" : 1,
 *   "entries" : { "pipedrive-leads/new" : "v1;1767261600123;adf21080-..." }
 * }
 * </pre>
 *
 * Parsing is strict: anything but a complete object of exactly this shape (a cut anywhere, trailing bytes, duplicate
 * keys, a non-string value) is an error naming the file and the position, never an empty state. Error messages never
 * quote the content, which can hold secrets.
 */
final class StateFileFormat {

    static final String FORMAT = "camel-pipedrive-leads-state";
    static final int VERSION = 1;

    private static final ObjectMapper JSON = new ObjectMapper()
            .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
            .enable(JsonParser.Feature.STRICT_DUPLICATE_DETECTION)
            .enable(SerializationFeature.INDENT_OUTPUT);

    private StateFileFormat() {
    }

    static byte[] format(Map<String, String> entries) throws IOException {
        ObjectNode root = JSON.createObjectNode();
        root.put("format", FORMAT);
        root.put("version", VERSION);
        ObjectNode values = root.putObject("entries");
        entries.forEach(values::put);
        return JSON.writeValueAsBytes(root);
    }

    static Map<String, String> parse(byte[] content, Path file) {
        JsonNode root;
        try {
            root = JSON.readTree(content);
        } catch (JsonProcessingException e) {
            // no cause chained: Jackson's messages quote the offending token, which may be part of a secret
            JsonLocation at = e.getLocation();
            throw unreadable(file, "it is not complete JSON (" + e.getClass().getSimpleName()
                                   + (at == null ? "" : " at line " + at.getLineNr() + ", column " + at.getColumnNr())
                                   + ")");
        } catch (IOException e) {
            throw unreadable(file, e.getClass().getSimpleName());
        }
        if (root == null || root.isMissingNode()) {
            throw unreadable(file, "it is empty");
        }
        if (!root.isObject() || !FORMAT.equals(root.path("format").asText(null))) {
            throw unreadable(file, "it is not a " + FORMAT + " file (no \"format\": \"" + FORMAT + "\")");
        }
        if (!root.path("version").isInt() || root.path("version").asInt() != VERSION) {
            throw unreadable(file, "\"version\" must be " + VERSION);
        }
        JsonNode entries = root.get("entries");
        if (entries == null || !entries.isObject()) {
            throw unreadable(file, "\"entries\" must be an object");
        }
        Map<String, String> result = new LinkedHashMap<>();
        for (Iterator<Map.Entry<String, JsonNode>> it = entries.fields(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> entry = it.next();
            if (!entry.getValue().isTextual()) {
                throw unreadable(file, "the entry '" + entry.getKey() + "' is not a string");
            }
            result.put(entry.getKey(), entry.getValue().textValue());
        }
        return result;
    }

    private static PipedriveStateException unreadable(Path file, String why) {
        return new PipedriveStateException("The state file " + file + " is unreadable: " + why + ". It is never"
                                           + " treated as empty; restore it from a backup, repair it, or delete the"
                                           + " affected key (see 'Crash safety and recovery' in docs/consumer.md)");
    }
}
