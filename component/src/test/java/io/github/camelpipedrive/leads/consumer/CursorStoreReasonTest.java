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

import java.sql.SQLException;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** What a failing state repository's reason says in the consumer's messages: the cause, never a database password. */
class CursorStoreReasonTest {

    @Test
    void theRootCauseIsNamedAndCredentialsInAQuotedConnectionUrlAreMasked() {
        SQLException root = new SQLException("Cannot connect to jdbc:postgresql://db:5432/feeds?user=feed&password=s3cr3t"
                                             + "&ssl=true (or postgresql://feed:an0ther@db/feeds; pwd=third;)", "08001");
        String reason = CursorStore.reasonOf(new RuntimeException("start failed", root));

        assertThat(reason).startsWith("SQLException: Cannot connect to").contains("user=feed", "ssl=true",
                "password=***", "feed:***@db", "pwd=***");
        assertThat(reason).doesNotContain("s3cr3t", "an0ther", "third");
    }
}
