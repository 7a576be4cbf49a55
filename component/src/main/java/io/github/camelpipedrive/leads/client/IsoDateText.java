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

import java.time.LocalDate;

/**
 * The two ISO forms Pipedrive sends on every lead, read from a parser's characters with plain arithmetic: no
 * {@code DateTimeFormatter}, and no object but the result (not even a {@code LocalDate} on the way to an instant).
 * Each method answers "not this form" for anything else, including dates the calendar does not have (February
 * 30th), so that the caller hands the text to Jackson's own deserializer, which then reports it.
 */
final class IsoDateText {

    /** What {@link #epochMillis} answers for text that is not exactly its form, or not a valid date and time. */
    static final long NOT_PARSED = Long.MIN_VALUE;

    /** Days from 0000-01-01 to 1970-01-01 in the proleptic Gregorian calendar, as java.time counts them. */
    private static final long DAYS_0000_TO_1970 = 719_528L;

    private IsoDateText() {
    }

    /**
     * {@code yyyy-MM-ddTHH:mm:ssZ} or {@code yyyy-MM-ddTHH:mm:ss.SSSZ} as milliseconds since the epoch, or
     * {@link #NOT_PARSED}.
     */
    static long epochMillis(char[] c, int o, int length) {
        if ((length != 20 && length != 24) || c[o + 10] != 'T' || c[o + 13] != ':' || c[o + 16] != ':'
            || c[o + length - 1] != 'Z') {
            return NOT_PARSED;
        }
        long day = epochDay(c, o);
        int hour = digits(c, o + 11, 2);
        int minute = digits(c, o + 14, 2);
        int second = digits(c, o + 17, 2);
        int millis = 0;
        if (length == 24) {
            if (c[o + 19] != '.') {
                return NOT_PARSED;
            }
            millis = digits(c, o + 20, 3);
        }
        if (day == NOT_PARSED || hour < 0 || hour > 23 || minute < 0 || minute > 59 || second < 0 || second > 59
            || millis < 0) {
            return NOT_PARSED;
        }
        return ((day * 24 + hour) * 60 + minute) * 60_000L + second * 1_000L + millis;
    }

    /** {@code yyyy-MM-dd} (exactly: ten characters) as a date, or null. */
    static LocalDate localDate(char[] c, int o, int length) {
        if (length != 10 || epochDay(c, o) == NOT_PARSED) {
            return null;
        }
        return LocalDate.of(digits(c, o, 4), digits(c, o + 5, 2), digits(c, o + 8, 2));
    }

    /** The epoch day of the {@code yyyy-MM-dd} at {@code c[o]}, or {@link #NOT_PARSED} (shape or calendar). */
    static long epochDay(char[] c, int o) {
        if (c[o + 4] != '-' || c[o + 7] != '-') {
            return NOT_PARSED;
        }
        return epochDay(digits(c, o, 4), digits(c, o + 5, 2), digits(c, o + 8, 2));
    }

    /**
     * The epoch day of a year 0 to 9999, month and day, or {@link #NOT_PARSED} when the calendar has no such date
     * (a negative argument included). The arithmetic of {@code LocalDate.toEpochDay()}, with its validation.
     */
    static long epochDay(int year, int month, int day) {
        if (year < 0 || month < 1 || month > 12 || day < 1 || day > lengthOfMonth(year, month)) {
            return NOT_PARSED;
        }
        long y = year;
        long total = 365 * y + (y + 3) / 4 - (y + 99) / 100 + (y + 399) / 400; // days before the year (y >= 0)
        total += (367 * month - 362) / 12 + day - 1; // days before the month as if February had 30, then the day
        if (month > 2) {
            total -= isLeap(year) ? 1 : 2; // February's real length
        }
        return total - DAYS_0000_TO_1970;
    }

    private static int lengthOfMonth(int year, int month) {
        return switch (month) {
            case 2 -> isLeap(year) ? 29 : 28;
            case 4, 6, 9, 11 -> 30;
            default -> 31;
        };
    }

    private static boolean isLeap(int year) {
        return (year & 3) == 0 && (year % 100 != 0 || year % 400 == 0);
    }

    /** The decimal value of {@code count} ASCII digits, or -1 when one is not a digit. */
    private static int digits(char[] c, int from, int count) {
        int value = 0;
        for (int i = from; i < from + count; i++) {
            int d = c[i] - '0';
            if (d < 0 || d > 9) {
                return -1;
            }
            value = value * 10 + d;
        }
        return value;
    }
}
