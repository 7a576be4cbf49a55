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

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

@ExtendWith(PipedriveSandboxExtension.class)
class SandboxExtendWithTest {

    private static PipedriveSandbox fromBeforeAll;

    @BeforeAll
    static void capture(PipedriveSandbox sandbox) {
        fromBeforeAll = sandbox;
    }

    @Test
    void injectsADefaultRunningSandbox(PipedriveSandbox sandbox) {
        assertThat(sandbox).isSameAs(fromBeforeAll);
        assertThat(sandbox.baseUrl()).isNotNull();
        SandboxHttp.Resp resp = new SandboxHttp(sandbox.baseUrl(), sandbox.apiToken()).get("/api/v1/leads");
        assertThat(resp.status).isEqualTo(200);
        assertThat(resp.json().get("data")).isEmpty();
    }
}
