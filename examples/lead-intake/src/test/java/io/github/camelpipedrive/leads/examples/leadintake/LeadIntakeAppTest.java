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
package io.github.camelpipedrive.leads.examples.leadintake;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.net.ServerSocket;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import io.github.camelpipedrive.leads.sandbox.PipedriveSandbox;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The example end to end against the sandbox: forms posted over HTTP to the platform-http route become leads with
 * their person, organization and pinned note; a returning visitor is found, not created again; a form without a name
 * is answered 400 and creates nothing.
 */
class LeadIntakeAppTest {

    @Test
    void formsBecomeLeadsWithPersonOrganizationAndNote() throws Exception {
        int port;
        try (ServerSocket socket = new ServerSocket(0)) {
            port = socket.getLocalPort();
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (LeadIntakeApp.Running running = LeadIntakeApp.start(port, Map.of(),
                new PrintStream(out, true, StandardCharsets.UTF_8))) {
            List<HttpResponse<String>> answers = new ArrayList<>();
            for (Map<String, String> form : LeadIntakeApp.demoForms()) {
                answers.add(running.post(form));
            }
            HttpResponse<String> bad = running.post(LeadIntakeApp.form("", "x@y.test", "", "Acme GmbH", "", "hi"));

            assertThat(answers).allSatisfy(a -> assertThat(a.statusCode()).as(a.body()).isEqualTo(200));
            assertThat(answers.get(0).body()).contains("\"newPerson\":true");
            assertThat(answers.get(2).body()).contains("\"newPerson\":false");
            String firstPerson = answers.get(0).body().replaceAll(".*\"personId\":(\\d+).*", "$1");
            assertThat(answers.get(2).body()).contains("\"personId\":" + firstPerson);
            assertThat(bad.statusCode()).isEqualTo(400);
            assertThat(bad.body()).contains("body.person.name");

            PipedriveSandbox sandbox = running.sandbox();
            assertThat(sandbox.activeLeadCount()).isEqualTo(3);
            assertThat(sandbox.persons()).hasSize(2).allSatisfy(p -> assertThat(p.orgId()).isNotNull());
            assertThat(sandbox.organizations()).extracting(o -> o.name())
                    .containsExactlyInAnyOrder("Acme GmbH", "Globex");
            assertThat(sandbox.notes()).hasSize(3).allSatisfy(n -> {
                assertThat(n.leadId()).isNotNull();
                assertThat(n.pinnedToLead()).isTrue();
            });
            assertThat(sandbox.notes()).extracting(n -> n.content()).contains("We need 40 seats, can you call me?");
        }
        assertThat(out.toString(StandardCharsets.UTF_8)).contains("embedded Pipedrive sandbox");
    }
}
