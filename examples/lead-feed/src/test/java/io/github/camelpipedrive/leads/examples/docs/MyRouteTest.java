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
package io.github.camelpipedrive.leads.examples.docs;

import io.github.camelpipedrive.leads.sandbox.PipedriveSandbox;
import io.github.camelpipedrive.leads.sandbox.PipedriveSandboxExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

// docs/sandbox.md, "As a JUnit 5 extension" (verbatim, so that the sample compiles and runs)
class MyRouteTest {
    @RegisterExtension
    static PipedriveSandboxExtension sandbox =
            new PipedriveSandboxExtension(PipedriveSandbox.builder().seedLeads(5));

    @Test
    void polls() {
        String url = sandbox.baseUrl() + "/api/v1/leads";   // token: sandbox.apiToken()
        PipedriveSandbox sb = sandbox.get();                 // mutation/fault API
    }
}
