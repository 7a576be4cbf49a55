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
package io.github.camelpipedrive.leads.springboot;

import org.apache.camel.spring.boot.CamelAutoConfiguration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.autoconfigure.ImportAutoConfiguration;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.context.annotation.Configuration;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** A real application start with a misspelled key in application properties: what the user sees. */
@ExtendWith(OutputCaptureExtension.class)
class UnknownPropertyStartupReportTest {

    @Configuration(proxyBeanMethods = false)
    @ImportAutoConfiguration({ CamelAutoConfiguration.class, PipedriveLeadsComponentAutoConfiguration.class })
    static class App {
    }

    @Test
    void theStartFailsWithSpringBootsReportNamingKeyFileAndLineAndTheLikelyOption(CapturedOutput output) {
        assertThatThrownBy(() -> new SpringApplicationBuilder(App.class).web(WebApplicationType.NONE)
                .properties("spring.config.location=classpath:unknown-key.properties").run().close())
                .hasRootCauseInstanceOf(UnknownComponentPropertyException.class);

        assertThat(output.getAll()).contains("APPLICATION FAILED TO START")
                .contains("camel.component.pipedrive-leads.api-tokn (class path resource [unknown-key.properties]"
                          + " - 2:44): did you mean camel.component.pipedrive-leads.api-token?")
                .contains("camel.component.pipedrive-leads.enabled=false")
                .doesNotContain("s3cr3t-in-file");
    }
}
