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

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.core.StreamWriteConstraints;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.module.SimpleModule;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import io.github.camelpipedrive.leads.model.Lead;

/**
 * The one Jackson configuration of the component: unknown properties never break reading, dates are ISO strings,
 * and JSON nested deeper than {@link #MAX_NESTING_DEPTH} levels is refused when read or written (a hostile response
 * or body would otherwise end in a {@code StackOverflowError}).
 */
public final class Json {

    /**
     * The deepest nesting read or written. Pipedrive's leads are a few levels deep; 200 leaves room for any custom
     * field value while staying far from what recursion on a default thread stack survives.
     */
    public static final int MAX_NESTING_DEPTH = 200;

    private Json() {
    }

    /** A new mapper configured for the Pipedrive API. */
    public static ObjectMapper newMapper() {
        // leads are read by the hundred thousand: a hand-written reader that gives what databind gives, faster
        return newDatabindMapper().registerModule(new SimpleModule(LEAD_READER_MODULE)
                .addDeserializer(Lead.class, new LeadDeserializer()));
    }

    /** The name of the module that installs {@link LeadDeserializer}. */
    static final String LEAD_READER_MODULE = "pipedrive-lead-reader";

    /** {@link #newMapper()} without the lead reader: databind binds {@code Lead} from its annotations. */
    static ObjectMapper newDatabindMapper() {
        JsonFactory factory = JsonFactory.builder()
                .streamReadConstraints(StreamReadConstraints.builder().maxNestingDepth(MAX_NESTING_DEPTH).build())
                .streamWriteConstraints(StreamWriteConstraints.builder().maxNestingDepth(MAX_NESTING_DEPTH).build())
                .build();
        return new ObjectMapper(factory)
                .registerModule(new JavaTimeModule())
                // after JavaTimeModule, so that it wins for Instant; everything it does not parse goes back to it
                .registerModule(new SimpleModule("pipedrive-instants")
                        .addDeserializer(java.time.Instant.class, new IsoInstantDeserializer()))
                .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
                .disable(DeserializationFeature.ADJUST_DATES_TO_CONTEXT_TIME_ZONE)
                .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
                .disable(SerializationFeature.FAIL_ON_EMPTY_BEANS);
    }
}
