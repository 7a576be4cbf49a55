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

import java.util.List;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import org.apache.camel.spring.boot.CamelAutoConfiguration;
import org.junit.jupiter.api.Test;
import org.springframework.boot.actuate.context.properties.ConfigurationPropertiesReportEndpoint;
import org.springframework.boot.actuate.endpoint.SanitizingFunction;
import org.springframework.boot.actuate.endpoint.Show;
import org.springframework.boot.actuate.env.EnvironmentEndpoint;
import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * An application with actuator that shows values ({@code show-values=always}): the env and configprops endpoints
 * still mask every credential of the component, however its key is spelled, and show its other options.
 */
class ActuatorCredentialMaskingTest {

    private static final List<String> SECRETS = List.of("ApiTok3n-secret", "Acc3ss-secret", "Cl1ent-secret",
            "Refr3sh-secret", "Pr0xyPass-secret", "Pr0xyUser-secret", "W3bhookPass-secret");

    private final ApplicationContextRunner runner = new ApplicationContextRunner()
            .withConfiguration(AutoConfigurations.of(CamelAutoConfiguration.class,
                    PipedriveLeadsComponentAutoConfiguration.class))
            .withPropertyValues(
                    "camel.component.pipedrive-leads.api-token=" + SECRETS.get(0),
                    "camel.component.pipedrive-leads.accessToken=" + SECRETS.get(1),
                    "camel.component.pipedrive-leads.client-secret=" + SECRETS.get(2),
                    "camel.component.pipedrive-leads.refresh-token=" + SECRETS.get(3),
                    "camel.component.pipedrive-leads.proxy-auth-password=" + SECRETS.get(4),
                    "camel.component.pipedrive-leads.proxy-auth-username=" + SECRETS.get(5),
                    "camel.component.pipedrive-leads.webhook-auth-password=" + SECRETS.get(6),
                    "camel.component.pipedrive-leads.base-url=https://acme.pipedrive.com");

    private final ObjectMapper json = new ObjectMapper().disable(SerializationFeature.FAIL_ON_EMPTY_BEANS);

    @Test
    void envAndConfigpropsShowingValuesMaskEveryCredentialButNotTheOtherOptions() {
        runner.run(context -> {
            List<SanitizingFunction> functions = List.copyOf(
                    context.getBeansOfType(SanitizingFunction.class).values());
            assertThat(functions).hasSize(1);

            EnvironmentEndpoint env = new EnvironmentEndpoint(context.getEnvironment(), functions, Show.ALWAYS);
            String envJson = json.writeValueAsString(env.environment(null));
            ConfigurationPropertiesReportEndpoint configprops
                    = new ConfigurationPropertiesReportEndpoint(functions, Show.ALWAYS);
            configprops.setApplicationContext(context);
            String configpropsJson = json.writeValueAsString(configprops.configurationProperties());

            for (String secret : SECRETS) {
                assertThat(envJson).as("env").doesNotContain(secret);
                assertThat(configpropsJson).as("configprops").doesNotContain(secret);
                assertThat(json.writeValueAsString(env.environmentEntry(
                        "camel.component.pipedrive-leads.api-token"))).doesNotContain(secret);
            }
            assertThat(envJson).as("values are shown").contains("https://acme.pipedrive.com");
            assertThat(configpropsJson).contains("https://acme.pipedrive.com");
        });
    }

    @Test
    void everySpellingOfACredentialKeyIsRecognisedAndNoOtherKey() {
        for (String key : new String[] { "camel.component.pipedrive-leads.api-token",
                                         "camel.component.pipedriveLeads.apiToken",
                                         "CAMEL_COMPONENT_PIPEDRIVELEADS_APITOKEN",
                                         "CAMEL_COMPONENT_PIPEDRIVE_LEADS_WEBHOOK_AUTH_PASSWORD",
                                         "camel.component.pipedrive-leads.proxy-auth-username", "clientSecret",
                                         // the variable the README feeds the api token from, and its like
                                         "PIPEDRIVE_API_TOKEN", "pipedrive.oauth.client-secret" }) {
            assertThat(CredentialSanitizer.isCredential(key)).as(key).isTrue();
        }
        for (String key : new String[] { "camel.component.pipedrive-leads.base-url",
                                         "CAMEL_COMPONENT_PIPEDRIVELEADS_BASEURL", "other.service.api-token",
                                         "OTHER_SERVICE_APITOKEN", "baseUrl" }) {
            assertThat(CredentialSanitizer.isCredential(key)).as(key).isFalse();
        }
    }

    @Test
    void anEnvironmentVariableSpellingIsMaskedInTheEnvEndpoint() {
        runner.withPropertyValues("CAMEL_COMPONENT_PIPEDRIVELEADS_REFRESHTOKEN=Env-Refr3sh-secret").run(context -> {
            EnvironmentEndpoint env = new EnvironmentEndpoint(context.getEnvironment(),
                    context.getBeansOfType(SanitizingFunction.class).values(), Show.ALWAYS);
            assertThat(json.writeValueAsString(env.environment(null))).doesNotContain("Env-Refr3sh-secret");
        });
    }

    @Test
    void withoutShowingValuesNothingChanges() {
        runner.run(context -> {
            EnvironmentEndpoint env = new EnvironmentEndpoint(context.getEnvironment(),
                    context.getBeansOfType(SanitizingFunction.class).values(), Show.NEVER);
            String envJson = json.writeValueAsString(env.environment(null));
            SECRETS.forEach(secret -> assertThat(envJson).doesNotContain(secret));
            assertThat(envJson).doesNotContain("https://acme.pipedrive.com");
        });
    }
}
