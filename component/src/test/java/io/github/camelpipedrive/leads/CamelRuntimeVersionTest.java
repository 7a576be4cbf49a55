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
package io.github.camelpipedrive.leads;

import org.apache.camel.CamelContext;
import org.apache.camel.impl.DefaultCamelContext;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Guards the compatibility run of CI: the component compiled against the Camel version of the build is tested on the
 * runtime of each supported Camel line ({@code mvn surefire:test -Dcamel.version=4.14.0
 * -Dcamel.expected.version=4.14}). Without that property it checks that the component resolves on the current runtime.
 */
class CamelRuntimeVersionTest {

    @Test
    void testsRunOnTheExpectedCamelRuntime() throws Exception {
        try (CamelContext context = new DefaultCamelContext()) {
            context.start();
            String expected = System.getProperty("camel.expected.version");
            if (expected != null && !expected.isBlank()) {
                assertThat(context.getVersion()).as("Camel runtime of this test run").startsWith(expected);
            }
            assertThat(context.getComponent("pipedrive-leads")).isInstanceOf(PipedriveLeadsComponent.class);
        }
    }
}
