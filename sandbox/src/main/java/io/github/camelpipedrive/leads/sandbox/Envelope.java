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
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * Builds the {@code {success, data, additional_data}} envelopes. Success envelopes are assembled
 * from pre-serialized bytes so a 500-lead page costs a few array copies, not a re-serialization.
 */
final class Envelope {

    private static final byte[] SUCCESS_DATA = bytes("{\"success\":true,\"data\":");
    private static final byte[] ADDITIONAL = bytes(",\"additional_data\":");
    private static final byte[] END = bytes("}");
    private static final byte[] NULL = bytes("null");

    private Envelope() {
    }

    private static byte[] bytes(String s) {
        return s.getBytes(StandardCharsets.UTF_8);
    }

    /** {@code {"success":true,"data":<data>}} (single objects in v1 carry no additional_data). */
    static byte[] single(byte[] data) {
        ByteArrayOutputStream out = new ByteArrayOutputStream(data.length + 32);
        out.writeBytes(SUCCESS_DATA);
        out.writeBytes(data);
        out.writeBytes(END);
        return out.toByteArray();
    }

    /** {@code {"success":true,"data":<data>,"additional_data":<additional or null>}}. */
    static byte[] singleWithAdditional(byte[] data, byte[] additional) {
        ByteArrayOutputStream out = new ByteArrayOutputStream(data.length + 64);
        out.writeBytes(SUCCESS_DATA);
        out.writeBytes(data);
        out.writeBytes(ADDITIONAL);
        out.writeBytes(additional == null ? NULL : additional);
        out.writeBytes(END);
        return out.toByteArray();
    }

    /**
     * A list envelope; {@code additional} is omitted when null (e.g. lead labels, sources).
     * Assembled in one exactly sized array: a 500-lead page is ~300 KB, so each extra copy counts.
     */
    static byte[] list(List<byte[]> items, byte[] additional) {
        int size = SUCCESS_DATA.length + 2 + Math.max(0, items.size() - 1) + END.length;
        for (byte[] item : items) {
            size += item.length;
        }
        if (additional != null) {
            size += ADDITIONAL.length + additional.length;
        }
        byte[] out = new byte[size];
        int pos = put(out, 0, SUCCESS_DATA);
        out[pos++] = '[';
        for (int i = 0; i < items.size(); i++) {
            if (i > 0) {
                out[pos++] = ',';
            }
            pos = put(out, pos, items.get(i));
        }
        out[pos++] = ']';
        if (additional != null) {
            pos = put(out, pos, ADDITIONAL);
            pos = put(out, pos, additional);
        }
        put(out, pos, END);
        return out;
    }

    private static int put(byte[] target, int pos, byte[] source) {
        System.arraycopy(source, 0, target, pos, source.length);
        return pos + source.length;
    }

    /**
     * The offset paging block in the configured shape; {@code next_start} only exists in the
     * nested shape and only when there are more items, as in Pipedrive's documented example.
     */
    static byte[] offsetPaging(PaginationShape shape, int start, int limit, boolean more) {
        ObjectNode paging = Json.object();
        paging.put("start", start);
        paging.put("limit", limit);
        paging.put("more_items_in_collection", more);
        if (shape == PaginationShape.FLAT) {
            return Json.bytes(paging);
        }
        if (more) {
            paging.put("next_start", start + limit);
        }
        ObjectNode additional = Json.object();
        additional.set("pagination", paging);
        return Json.bytes(additional);
    }

    /** The generic error envelope; the field order mirrors the documented examples. */
    static ObjectNode errorBody(String error, String errorInfo) {
        ObjectNode node = Json.object();
        node.put("success", false);
        node.put("error", error);
        node.put("error_info", errorInfo);
        node.putNull("data");
        node.putNull("additional_data");
        return node;
    }

    /** The generic error envelope that also carries {@code errorCode} (401, 429, ...). */
    static ObjectNode errorBodyWithCode(String error, int code, String errorInfo) {
        ObjectNode node = Json.object();
        node.put("success", false);
        node.put("error", error);
        node.put("errorCode", code);
        node.put("error_info", errorInfo);
        node.putNull("data");
        node.putNull("additional_data");
        return node;
    }

    static SandboxResponse error(int status, String error, String errorInfo) {
        return SandboxResponse.json(status, Json.bytes(errorBody(error, errorInfo)));
    }

    static SandboxResponse unauthorized() {
        return SandboxResponse.json(401, Json.bytes(
                errorBodyWithCode("unauthorized access", 401, "Please check developers.pipedrive.com")));
    }

    static SandboxResponse tooManyRequests() {
        return SandboxResponse.json(429, Json.bytes(
                errorBodyWithCode("Too Many Requests", 429, "Please check developers.pipedrive.com")));
    }
}
