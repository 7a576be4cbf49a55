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
package io.github.camelpipedrive.leads.producer;

import java.math.BigDecimal;
import java.math.BigInteger;

/**
 * Range-checked conversion of a number given as any {@link Number} or text to a {@code long}. Java's
 * {@code Number.longValue()} keeps the low 64 bits of a {@link BigInteger} (2^64+5 becomes 5) and saturates a huge
 * double; an id or a page size converted that way is silently another value. Here a value is converted exactly or
 * refused.
 */
public final class WholeNumbers {

    /** Why a value was refused; the caller names the field. */
    public static final class OutOfRange extends Exception {
        private static final long serialVersionUID = 1L;

        OutOfRange(String rule) {
            super(rule, null, false, false);
        }
    }

    private WholeNumbers() {
    }

    /**
     * The value as a long within {@code [min, max]}.
     *
     * @throws OutOfRange with the rule broken (not a whole number, or outside the range, with the value shown)
     */
    public static long toLong(Object value, long min, long max) throws OutOfRange {
        BigDecimal exact = exact(value);
        BigInteger whole;
        try {
            whole = exact.toBigIntegerExact();
        } catch (ArithmeticException fraction) {
            throw new OutOfRange("must be a whole number, was " + shorten(value));
        }
        if (whole.compareTo(BigInteger.valueOf(min)) < 0 || whole.compareTo(BigInteger.valueOf(max)) > 0) {
            throw new OutOfRange("must be between " + min + " and " + max + ", was " + shorten(whole));
        }
        return whole.longValueExact();
    }

    private static BigDecimal exact(Object value) throws OutOfRange {
        if (value instanceof Long || value instanceof Integer || value instanceof Short || value instanceof Byte) {
            return BigDecimal.valueOf(((Number) value).longValue());
        }
        if (value instanceof BigInteger) {
            return new BigDecimal((BigInteger) value);
        }
        if (value instanceof BigDecimal) {
            return (BigDecimal) value;
        }
        if (value instanceof Double || value instanceof Float) {
            double d = ((Number) value).doubleValue();
            if (Double.isNaN(d) || Double.isInfinite(d)) {
                throw new OutOfRange("must be a whole number, was " + value);
            }
            return new BigDecimal(d);
        }
        String text = value.toString().trim();
        try {
            return new BigDecimal(text.length() > 100 ? "x" : text);
        } catch (NumberFormatException e) {
            throw new OutOfRange("must be a whole number, was '" + shorten(text) + "'");
        }
    }

    private static String shorten(Object value) {
        String text = String.valueOf(value).replaceAll("[\\p{Cntrl}]", "?");
        return text.length() > 60 ? text.substring(0, 60) + "..." : text;
    }
}
