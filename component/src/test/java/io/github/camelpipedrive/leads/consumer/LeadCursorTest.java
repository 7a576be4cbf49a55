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
package io.github.camelpipedrive.leads.consumer;

import java.time.Instant;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class LeadCursorTest {

    private static final Instant T = Instant.parse("2026-05-01T10:00:00.123Z");

    @Test
    void leadsAtTheWatermarkAreNewUnlessAlreadyDelivered() {
        LeadCursor cursor = LeadCursor.at(T, "a");

        assertThat(cursor.isNew(T, "a")).isFalse();
        assertThat(cursor.isNew(T, "b")).isTrue();
        assertThat(cursor.isNew(T.minusMillis(1), "c")).isFalse();
        assertThat(cursor.isNew(T.plusMillis(1), "a")).isTrue();
    }

    @Test
    void advancingCollectsTiesAndNeverMovesBack() {
        LeadCursor cursor = LeadCursor.at(T, "a").advance(T, "b").advance(T.minusSeconds(5), "old");

        assertThat(cursor.watermark()).isEqualTo(T);
        assertThat(cursor.boundaryIds()).containsExactly("a", "b");
        assertThat(cursor.advance(T.plusMillis(1), "c").boundaryIds()).containsExactly("c");
    }

    @Test
    void survivesItsStoredForm() {
        LeadCursor cursor = LeadCursor.at(T, "a").advance(T, "b");

        LeadCursor read = LeadCursor.parse(cursor.serialize());

        assertThat(read.watermark()).isEqualTo(T);
        assertThat(read.boundaryIds()).containsExactly("a", "b");
        assertThat(cursor.serialize()).doesNotContain("=").doesNotContain("\n");
        assertThat(LeadCursor.parse(LeadCursor.beginning().serialize()).watermark()).isNull();
    }

    @Test
    void rejectsUnknownState() {
        assertThatThrownBy(() -> LeadCursor.parse("garbage")).hasMessageContaining("Unreadable");
    }
}
