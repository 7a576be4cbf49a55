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

import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;

/** A transport-independent response; the HTTP adapter writes it to the socket. */
final class SandboxResponse {

    /** How the transport must deliver the response (faults bend the normal path). */
    enum Delivery {
        NORMAL,
        /** Close the connection without writing anything. */
        DROP,
        /** Announce the full Content-Length but write only the first half, then close. */
        TRUNCATE
    }

    static final String JSON = "application/json; charset=utf-8";

    private final int status;
    private final String contentType;
    private final byte[] body;
    private final Map<String, String> headers = new LinkedHashMap<>();
    private Delivery delivery = Delivery.NORMAL;

    SandboxResponse(int status, String contentType, byte[] body) {
        this.status = status;
        this.contentType = contentType;
        this.body = body;
    }

    static SandboxResponse json(int status, byte[] body) {
        return new SandboxResponse(status, JSON, body);
    }

    static SandboxResponse text(int status, String contentType, String body) {
        return new SandboxResponse(status, contentType, body.getBytes(StandardCharsets.UTF_8));
    }

    SandboxResponse header(String name, String value) {
        headers.put(name, value);
        return this;
    }

    SandboxResponse delivery(Delivery newDelivery) {
        this.delivery = newDelivery;
        return this;
    }

    int status() {
        return status;
    }

    String contentType() {
        return contentType;
    }

    byte[] body() {
        return body;
    }

    String bodyAsString() {
        return new String(body, StandardCharsets.UTF_8);
    }

    Map<String, String> headers() {
        return headers;
    }

    Delivery delivery() {
        return delivery;
    }
}
