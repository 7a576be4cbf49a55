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

import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.format.DateTimeParseException;
import java.util.Date;
import java.util.Set;
import java.util.function.Function;
import java.util.regex.Pattern;

import io.github.camelpipedrive.leads.PipedriveLeadsConfiguration;
import io.github.camelpipedrive.leads.PipedriveLeadsConstants;
import io.github.camelpipedrive.leads.exception.PipedriveValidationException;
import io.github.camelpipedrive.leads.producer.WholeNumbers;

/**
 * A query parameter of a list operation: where its value comes from (header first, then endpoint option), how it is
 * validated, and how it is written on the wire.
 */
public enum QueryOption {

    LIMIT("limit", "limit", PipedriveLeadsConstants.LIMIT, PipedriveLeadsConfiguration::getLimit) {
        @Override
        public String format(Object value) {
            return Long.toString(wholeNumber(value, 1, 500));
        }
    },
    START("start", "start", PipedriveLeadsConstants.START, PipedriveLeadsConfiguration::getStart) {
        @Override
        public String format(Object value) {
            try {
                return Long.toString(WholeNumbers.toLong(value, 0, Long.MAX_VALUE));
            } catch (WholeNumbers.OutOfRange e) {
                throw invalid("must be 0 or more: " + e.getMessage());
            }
        }
    },
    OWNER_ID("owner_id", "ownerId", PipedriveLeadsConstants.OWNER_ID, PipedriveLeadsConfiguration::getOwnerId),
    PERSON_ID("person_id", "personId", PipedriveLeadsConstants.PERSON_ID, PipedriveLeadsConfiguration::getPersonId),
    ORGANIZATION_ID("organization_id", "organizationId", PipedriveLeadsConstants.ORGANIZATION_ID,
                    PipedriveLeadsConfiguration::getOrganizationId),
    FILTER_ID("filter_id", "filterId", PipedriveLeadsConstants.FILTER_ID, PipedriveLeadsConfiguration::getFilterId),
    SORT("sort", "sort", PipedriveLeadsConstants.SORT, PipedriveLeadsConfiguration::getSort) {
        @Override
        public String format(Object value) {
            return validateSort(value.toString(), optionName());
        }
    },
    TERM("term", "term", PipedriveLeadsConstants.TERM, PipedriveLeadsConfiguration::getTerm) {
        @Override
        public String format(Object value) {
            String term = value.toString();
            if (term.isBlank() || term.length() > 500) {
                throw invalid("must be 1 to 500 characters");
            }
            return term;
        }
    },
    FIELDS("fields", "fields", PipedriveLeadsConstants.FIELDS, PipedriveLeadsConfiguration::getFields) {
        @Override
        public String format(Object value) {
            return enumList(value.toString(), Set.of("title", "notes", "custom_fields"));
        }
    },
    EXACT_MATCH("exact_match", "exactMatch", PipedriveLeadsConstants.EXACT_MATCH,
                PipedriveLeadsConfiguration::getExactMatch) {
        @Override
        public String format(Object value) {
            String text = value.toString().trim().toLowerCase();
            if (!text.equals("true") && !text.equals("false")) {
                throw invalid("must be true or false");
            }
            return text;
        }
    },
    INCLUDE_FIELDS("include_fields", "includeFields", PipedriveLeadsConstants.INCLUDE_FIELDS,
                   PipedriveLeadsConfiguration::getIncludeFields) {
        @Override
        public String format(Object value) {
            return enumList(value.toString(), Set.of("lead.was_seen"));
        }
    },
    CURSOR("cursor", "cursor", PipedriveLeadsConstants.CURSOR, PipedriveLeadsConfiguration::getCursor) {
        @Override
        public String format(Object value) {
            String cursor = value.toString().trim();
            if (!cursor.matches("[A-Za-z0-9_\\-=+/.:]{1,512}")) {
                throw invalid("is not a cursor returned by the API");
            }
            return cursor;
        }
    },
    /** The lead whose notes getLeadNotes lists: the lead id header or the {@code id} option (a UUID). */
    LEAD_ID("lead_id", "id", PipedriveLeadsConstants.ID, PipedriveLeadsConfiguration::getId) {
        @Override
        public String format(Object value) {
            String id = value.toString().trim();
            if (!io.github.camelpipedrive.leads.producer.Ids.isUuid(id)) {
                throw invalid("must be a lead id (UUID), was '" + abbreviate(id) + "'");
            }
            return id;
        }
    },
    /** Notes pinned to the lead (1) or not (0). */
    PINNED_TO_LEAD("pinned_to_lead_flag", "pinnedToLead", PipedriveLeadsConstants.PINNED_TO_LEAD,
                   PipedriveLeadsConfiguration::getPinnedToLead) {
        @Override
        public String format(Object value) {
            String text = value.toString().trim().toLowerCase();
            if (text.equals("true") || text.equals("1")) {
                return "1";
            }
            if (text.equals("false") || text.equals("0")) {
                return "0";
            }
            throw invalid("must be true or false");
        }
    },
    /**
     * The field a find-or-create search matches on (email, phone, name). Set by the component from the match
     * options, never read from a header or option of its own.
     */
    MATCH_FIELD("fields", "personMatchFields", null, c -> null) {
        @Override
        public String format(Object value) {
            return enumList(value.toString(), Set.of("email", "phone", "name"));
        }
    },
    UPDATED_SINCE("updated_since", "updatedSince", PipedriveLeadsConstants.UPDATED_SINCE,
                  PipedriveLeadsConfiguration::getUpdatedSince) {
        @Override
        public String format(Object value) {
            return formatTimestamp(toInstant(value, optionName()));
        }
    };

    /** Fields the API sorts by (first-level lead fields). */
    public static final Set<String> SORT_FIELDS = Set.of("id", "title", "owner_id", "creator_id", "was_seen",
            "expected_close_date", "next_activity_id", "add_time", "update_time");

    private static final Pattern SORT_TERM = Pattern.compile("^([a-z_]+)(?:\\s+(ASC|DESC|asc|desc))?$");

    private final String apiName;
    private final String optionName;
    private final String header;
    private final Function<PipedriveLeadsConfiguration, Object> fromConfiguration;

    QueryOption(String apiName, String optionName, String header,
                Function<PipedriveLeadsConfiguration, Object> fromConfiguration) {
        this.apiName = apiName;
        this.optionName = optionName;
        this.header = header;
        this.fromConfiguration = fromConfiguration;
    }

    /** The query parameter name on the wire. */
    public String apiName() {
        return apiName;
    }

    /** The endpoint option name (used in error messages). */
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

    /** Validates a value and writes it as the API expects; the default is a positive id. */
    public String format(Object value) {
        try {
            return Long.toString(WholeNumbers.toLong(value, 1, Long.MAX_VALUE));
        } catch (WholeNumbers.OutOfRange e) {
            throw invalid("must be a positive id: " + e.getMessage());
        }
    }

    String enumList(String value, Set<String> allowed) {
        StringBuilder sb = new StringBuilder();
        for (String part : value.split(",")) {
            String p = part.trim();
            if (!allowed.contains(p)) {
                throw invalid("'" + abbreviate(p) + "' is not one of " + allowed.stream().sorted().toList());
            }
            sb.append(sb.length() == 0 ? "" : ",").append(p);
        }
        return sb.toString();
    }

    PipedriveValidationException invalid(String rule) {
        return new PipedriveValidationException(optionName, rule);
    }

    /** The value as a whole number in {@code [min, max]}, converted exactly (never truncated) or refused. */
    long wholeNumber(Object value, long min, long max) {
        try {
            return WholeNumbers.toLong(value, min, max);
        } catch (WholeNumbers.OutOfRange e) {
            throw invalid(e.getMessage());
        }
    }

    /** The rule of both searches: a term is required, of 2 characters at least (1 with exactMatch=true). */
    public static void requireSearchTerm(java.util.Map<QueryOption, String> query) {
        String term = query.get(TERM);
        if (term == null) {
            throw new PipedriveValidationException(TERM.optionName(), "is required for searchLeads: set header "
                                                                      + TERM.header() + " or the option term");
        }
        boolean exact = "true".equals(query.get(EXACT_MATCH));
        if (term.trim().length() < (exact ? 1 : 2)) {
            throw new PipedriveValidationException(TERM.optionName(),
                    "must have at least 2 characters (1 with exactMatch=true)");
        }
    }

    /** The rule of getLeadNotes: it lists the notes of one lead, so the lead id is required. */
    public static void requireLeadId(java.util.Map<QueryOption, String> query) {
        if (query.get(LEAD_ID) == null) {
            throw new PipedriveValidationException(LEAD_ID.optionName(), "is required for getLeadNotes: set header "
                                                                         + LEAD_ID.header() + " or the option id");
        }
    }

    /** Validates a sort expression ({@code field [ASC|DESC]}, comma separated) and returns it normalised. */
    public static String validateSort(String sort, String optionName) {
        StringBuilder normalised = new StringBuilder();
        for (String term : sort.split(",", -1)) {
            var m = SORT_TERM.matcher(term.trim());
            if (!m.matches() || !SORT_FIELDS.contains(m.group(1))) {
                throw new PipedriveValidationException(optionName, "'" + abbreviate(term.trim())
                        + "' is not 'field [ASC|DESC]' with field one of " + SORT_FIELDS.stream().sorted().toList());
            }
            if (normalised.length() > 0) {
                normalised.append(", ");
            }
            normalised.append(m.group(1));
            if (m.group(2) != null) {
                normalised.append(' ').append(m.group(2).toUpperCase());
            }
        }
        return normalised.toString();
    }

    /** Reads an ISO-8601 timestamp (or date) given as a string or a Java time type. */
    public static Instant toInstant(Object value, String optionName) {
        if (value instanceof Instant) {
            return (Instant) value;
        } else if (value instanceof OffsetDateTime) {
            return ((OffsetDateTime) value).toInstant();
        } else if (value instanceof ZonedDateTime) {
            return ((ZonedDateTime) value).toInstant();
        } else if (value instanceof Date) {
            return ((Date) value).toInstant();
        }
        String text = value.toString().trim();
        try {
            return OffsetDateTime.parse(text).toInstant();
        } catch (DateTimeParseException e) {
            try {
                return LocalDate.parse(text).atStartOfDay(ZoneOffset.UTC).toInstant();
            } catch (DateTimeParseException e2) {
                throw new PipedriveValidationException(optionName, "'" + abbreviate(text)
                        + "' is not an ISO-8601 timestamp such as 2026-01-01T00:00:00Z");
            }
        }
    }

    /** Seconds precision when the millis are zero (as the API documents), millis otherwise. */
    public static String formatTimestamp(Instant instant) {
        Instant truncated = instant.truncatedTo(java.time.temporal.ChronoUnit.MILLIS);
        String text = truncated.toString();
        return text;
    }

    public static String abbreviate(String s) {
        // every control, line or paragraph separator and invisible format character: a value must not forge a log line
        String clean = s.replaceAll("[\\p{Cc}\\p{Zl}\\p{Zp}\\p{Cf}\\u0085]", "?");
        return clean.length() > 60 ? clean.substring(0, 60) + "..." : clean;
    }
}
