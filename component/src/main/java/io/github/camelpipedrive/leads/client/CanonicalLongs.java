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

import java.io.Serializable;

/**
 * One {@code Long} instance for ids that repeat from lead to lead ({@code owner_id}, {@code creator_id}: a company's
 * few users; the marketing {@code channel}): Pipedrive's user ids are far above the -128 to 127 that
 * {@link Long#valueOf(long)} caches, so each lead boxed them anew (16 bytes each). The same small direct-mapped,
 * lock-free cache as {@link CanonicalStrings}, with the same benign race: a {@code Long} is immutable with a final
 * field, and its value is compared before it is returned.
 */
final class CanonicalLongs implements Serializable {

    private static final long serialVersionUID = 1L;

    /** A power of two: the users and channels of a company are fewer. */
    static final int SLOTS = 64;

    private final Long[] slots = new Long[SLOTS];

    /** {@code value} boxed: the cached instance when the slot holds it, else a new one put in the slot. */
    Long get(long value) {
        if (value >= -128 && value <= 127) {
            return Long.valueOf(value); // the JDK's own cache
        }
        int slot = slot(value);
        Long cached = slots[slot];
        if (cached != null && cached == value) {
            return cached;
        }
        Long created = Long.valueOf(value);
        slots[slot] = created;
        return created;
    }

    /** The slot of a value: a multiplicative (Fibonacci) hash of all its bits. */
    static int slot(long value) {
        return (int) ((value * 0x9E3779B97F4A7C15L) >>> (Long.SIZE - Integer.numberOfTrailingZeros(SLOTS)));
    }
}
