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

import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * {@link IsoDateText}'s arithmetic against java.time: every day of the years 0 to 9999, and exactly the dates
 * {@code LocalDate.of} refuses are refused (so that they go on to Jackson's deserializers and fail there).
 */
class IsoDateTextTest {

    @Test
    void everyDayOfTheYears0To9999HasJavaTimesEpochDay() {
        LocalDate last = LocalDate.of(9999, 12, 31);
        int checked = 0;
        for (LocalDate date = LocalDate.of(0, 1, 1); !date.isAfter(last); date = date.plusDays(1)) {
            long expected = date.toEpochDay();
            long actual = IsoDateText.epochDay(date.getYear(), date.getMonthValue(), date.getDayOfMonth());
            if (actual != expected) {
                throw new AssertionError(date + ": " + actual + " instead of " + expected);
            }
            checked++;
        }
        assertThat(checked).isEqualTo(3_652_425);
    }

    @Test
    void theDatesJavaTimeRefusesAreRefused() {
        for (int year : List.of(0, 1, 4, 100, 200, 400, 1900, 1970, 2000, 2023, 2024, 2025, 2026, 2100, 9996, 9999)) {
            for (int month = -1; month <= 13; month++) {
                for (int day = -1; day <= 32; day++) {
                    boolean valid;
                    try {
                        LocalDate.of(year, month, day);
                        valid = true;
                    } catch (DateTimeException e) {
                        valid = false;
                    }
                    assertThat(IsoDateText.epochDay(year, month, day) != IsoDateText.NOT_PARSED)
                            .as("%04d-%02d-%02d", year, month, day).isEqualTo(valid);
                }
            }
        }
        assertThat(IsoDateText.epochDay(-1, 1, 1)).isEqualTo(IsoDateText.NOT_PARSED);
    }

    @Test
    void timestampsInPipedrivesFormAreInstantParse() {
        for (String text : List.of("2026-10-11T07:42:34.325Z", "2026-10-11T07:42:34Z", "1970-01-01T00:00:00Z",
                "1969-12-31T23:59:59.999Z", "0000-01-01T00:00:00.000Z", "9999-12-31T23:59:59.999Z",
                "2024-02-29T12:00:00Z", "1900-03-01T00:00:00.001Z")) {
            assertThat(Instant.ofEpochMilli(IsoDateText.epochMillis(text.toCharArray(), 0, text.length())))
                    .as(text).isEqualTo(Instant.parse(text));
        }
        for (String text : List.of("2026-02-30T07:42:34.325Z", "2025-02-29T00:00:00Z", "2026-10-11T24:00:00Z",
                "2026-10-11T07:60:00Z", "2026-10-11T07:42:60Z", "2026-10-11T07:42:34.3Z", "2026-10-11T07:42:34,325Z",
                "2026-10-11 07:42:34Z", "2026-10-11T07:42:34+0000", "2026-1x-11T07:42:34Z", "-026-10-11T07:42:34Z")) {
            assertThat(IsoDateText.epochMillis(text.toCharArray(), 0, text.length())).as(text)
                    .isEqualTo(IsoDateText.NOT_PARSED);
        }
    }

    @Test
    void datesAreExactlyTenCharacters() {
        char[] padded = "x2024-02-29y".toCharArray();
        assertThat(IsoDateText.localDate(padded, 1, 10)).isEqualTo(LocalDate.of(2024, 2, 29));
        for (String text : List.of("2025-02-29", "2026-04-31", "2026-1-01", " 2026-12-24", "2026-12-24 ", "2026/12/24",
                "+2026-12-2", "2026-12-24T10:00:00")) {
            assertThat(IsoDateText.localDate(text.toCharArray(), 0, text.length())).as(text).isNull();
        }
    }
}
