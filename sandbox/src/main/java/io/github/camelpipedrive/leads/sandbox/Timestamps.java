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

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoUnit;
import java.util.Optional;

/** Formats and parses the timestamps the API uses ({@code 2020-10-14T11:30:36.551Z}). */
final class Timestamps {

    private static final DateTimeFormatter WIRE =
            DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ss.SSS'Z'").withZone(ZoneOffset.UTC);
    private static final DateTimeFormatter SPACE_SEPARATED = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss");

    private Timestamps() {
    }

    /** Pipedrive keeps millisecond precision, so everything stored is truncated to it. */
    static Instant millis(Instant instant) {
        return instant.truncatedTo(ChronoUnit.MILLIS);
    }

    static String format(Instant instant) {
        return WIRE.format(instant);
    }

    /**
     * Parses an {@code updated_since} value leniently: ISO instants with or without fraction, with
     * an offset, without a zone (taken as UTC, as Pipedrive's own "yyyy-MM-dd HH:mm:ss" strings
     * are UTC), or a bare date (midnight UTC).
     */
    static Optional<Instant> parseLenient(String text) {
        String s = text.trim();
        try {
            return Optional.of(Instant.parse(s));
        } catch (DateTimeParseException ignored) {
            // try the next format
        }
        try {
            return Optional.of(OffsetDateTime.parse(s).toInstant());
        } catch (DateTimeParseException ignored) {
            // try the next format
        }
        try {
            return Optional.of(LocalDateTime.parse(s).toInstant(ZoneOffset.UTC));
        } catch (DateTimeParseException ignored) {
            // try the next format
        }
        try {
            return Optional.of(LocalDateTime.parse(s, SPACE_SEPARATED).toInstant(ZoneOffset.UTC));
        } catch (DateTimeParseException ignored) {
            // try the next format
        }
        try {
            return Optional.of(LocalDate.parse(s).atStartOfDay(ZoneOffset.UTC).toInstant());
        } catch (DateTimeParseException ignored) {
            return Optional.empty();
        }
    }
}
