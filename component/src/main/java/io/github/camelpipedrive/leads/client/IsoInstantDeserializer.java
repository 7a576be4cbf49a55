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

import java.io.IOException;
import java.time.Instant;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.deser.std.StdScalarDeserializer;
import com.fasterxml.jackson.datatype.jsr310.deser.InstantDeserializer;

/**
 * Reads the timestamps Pipedrive sends on every lead ({@code 2026-10-11T07:42:34.325Z}, also without the
 * milliseconds) straight from the parser's characters, without a {@code DateTimeFormatter}: two per lead, and the
 * formatter was the largest single cost of binding a lead (see docs/performance.md). The arithmetic is
 * {@link IsoDateText}'s, which allocates nothing but the Instant. Anything else (other fractions, offsets, numbers,
 * invalid dates) goes to Jackson's own {@link InstantDeserializer}, so results and errors are the ones it gives.
 */
final class IsoInstantDeserializer extends StdScalarDeserializer<Instant> {

    private static final long serialVersionUID = 1L;

    IsoInstantDeserializer() {
        super(Instant.class);
    }

    @Override
    public Instant deserialize(JsonParser p, DeserializationContext ctxt) throws IOException {
        if (p.currentToken() == JsonToken.VALUE_STRING) {
            Instant fast = parse(p.getTextCharacters(), p.getTextOffset(), p.getTextLength());
            if (fast != null) {
                return fast;
            }
        }
        return InstantDeserializer.INSTANT.deserialize(p, ctxt);
    }

    /** {@code yyyy-MM-ddTHH:mm:ss[.SSS]Z}, or null when the text is not exactly that (or not a valid date). */
    static Instant parse(char[] c, int o, int length) {
        long millis = IsoDateText.epochMillis(c, o, length);
        return millis == IsoDateText.NOT_PARSED ? null : Instant.ofEpochMilli(millis);
    }
}
