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

import java.util.List;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** {@link CanonicalLongs}: the same instance for the same id, and always the right value. */
class CanonicalLongsTest {

    private final CanonicalLongs longs = new CanonicalLongs();

    @Test
    void equalIdsGiveTheSameInstance() {
        Long first = longs.get(12_345_678L);

        assertThat(first).isEqualTo(12_345_678L);
        assertThat(longs.get(12_345_678L)).isSameAs(first);
        assertThat(longs.get(7L)).isSameAs(Long.valueOf(7L)); // the JDK's cache, not a slot
        for (long value : List.of(Long.MAX_VALUE, Long.MIN_VALUE, 128L, -129L, -12_345_678L)) {
            assertThat(longs.get(value)).isEqualTo(value).isSameAs(longs.get(value));
        }
    }

    @Test
    void idsSharingASlotAreBothRight() {
        long one = 12_345_678L;
        long other = one + 1;
        while (CanonicalLongs.slot(other) != CanonicalLongs.slot(one)) {
            other++;
        }
        Long first = longs.get(one);

        assertThat(longs.get(other)).isEqualTo(other); // takes the slot over
        assertThat(longs.get(one)).isEqualTo(one).isNotSameAs(first);
        assertThat(longs.get(other)).isEqualTo(other);
    }
}
