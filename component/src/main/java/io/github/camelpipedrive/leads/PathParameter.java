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
package io.github.camelpipedrive.leads;

import java.util.function.Function;

import io.github.camelpipedrive.leads.client.ApiRequest;
import io.github.camelpipedrive.leads.exception.PipedriveValidationException;
import io.github.camelpipedrive.leads.producer.Ids;

/**
 * A {@code {placeholder}} of an operation's path: where its value comes from (header first, then endpoint option),
 * how it is validated, and how it is written into the path. Validation is what keeps a crafted value ({@code ../},
 * {@code ?}, CR/LF) from changing the request path.
 */
public enum PathParameter {

    /** A lead or label id (UUID). */
    ID("id", PipedriveLeadsConstants.ID, PipedriveLeadsConfiguration::getId) {
        @Override
        public String toSegment(String value) {
            if (!Ids.isUuid(value)) {
                throw new PipedriveValidationException(optionName(), "must be a UUID such as "
                        + "adf21080-0e10-11eb-879b-05d71fb426ec, was '" + QueryOption.abbreviate(value) + "'");
            }
            return ApiRequest.encodeSegment(value);
        }
    },
    /** A deal id (positive whole number). */
    DEAL_ID("dealId", PipedriveLeadsConstants.DEAL_ID, PipedriveLeadsConfiguration::getDealId) {
        @Override
        public String toSegment(String value) {
            return positive(this, value);
        }
    },
    /** A person id (positive whole number): the person a find-or-create links to an organization. */
    PERSON_ID("personId", PipedriveLeadsConstants.PERSON_ID, PipedriveLeadsConfiguration::getPersonId) {
        @Override
        public String toSegment(String value) {
            return positive(this, value);
        }
    },
    /** The id of an asynchronous conversion job (UUID). */
    CONVERSION_ID("conversionId", PipedriveLeadsConstants.CONVERSION_ID, PipedriveLeadsConfiguration::getConversionId) {
        @Override
        public String toSegment(String value) {
            if (!Ids.isUuid(value)) {
                throw new PipedriveValidationException(optionName(), "must be a UUID, was '"
                                                                     + QueryOption.abbreviate(value) + "'");
            }
            return ApiRequest.encodeSegment(value);
        }
    };

    private final String optionName;
    private final String header;
    private final Function<PipedriveLeadsConfiguration, Object> fromConfiguration;

    PathParameter(String optionName, String header, Function<PipedriveLeadsConfiguration, Object> fromConfiguration) {
        this.optionName = optionName;
        this.header = header;
        this.fromConfiguration = fromConfiguration;
    }

    /** The placeholder name in path templates, which is also the endpoint option name. */
    public String optionName() {
        return optionName;
    }

    /** The message header that overrides the option. */
    public String header() {
        return header;
    }

    /** The option's value on the endpoint configuration, or null. */
    public Object configured(PipedriveLeadsConfiguration configuration) {
        return fromConfiguration.apply(configuration);
    }

    /** Validates a (trimmed) value and returns the encoded path segment. */
    public abstract String toSegment(String value);

    /** A positive whole number as a path segment, or the parameter's validation error. */
    static String positive(PathParameter parameter, String value) {
        try {
            long id = Long.parseLong(value);
            if (id < 1) {
                throw new NumberFormatException();
            }
            return Long.toString(id);
        } catch (NumberFormatException e) {
            throw new PipedriveValidationException(parameter.optionName(), "must be a positive whole number, was '"
                                                                           + QueryOption.abbreviate(value) + "'");
        }
    }

    /** The parameter a {@code {placeholder}} stands for. */
    public static PathParameter ofPlaceholder(String placeholder) {
        for (PathParameter p : values()) {
            if (p.optionName.equals(placeholder)) {
                return p;
            }
        }
        throw new IllegalArgumentException("No path parameter {" + placeholder + "}");
    }
}
