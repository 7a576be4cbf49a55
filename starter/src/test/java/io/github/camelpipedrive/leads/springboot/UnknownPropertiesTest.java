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

import java.util.Map;

import io.github.camelpipedrive.leads.PipedriveLeadsComponent;
import org.apache.camel.CamelContext;
import org.apache.camel.spring.boot.CamelAutoConfiguration;
import org.junit.jupiter.api.Test;
import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.core.env.SystemEnvironmentPropertySource;

import static org.assertj.core.api.Assertions.assertThat;

/** A camel.component.pipedrive-leads.* key that is no option fails the start, naming the key and the likely option. */
class UnknownPropertiesTest {

    private final ApplicationContextRunner runner = new ApplicationContextRunner()
            .withConfiguration(AutoConfigurations.of(CamelAutoConfiguration.class,
                    PipedriveLeadsComponentAutoConfiguration.class));

    @Test
    void aMisspelledOptionFailsTheStartWithASuggestionAndWithoutItsValue() {
        runner.withPropertyValues("camel.component.pipedrive-leads.api-tokn=s3cr3t-typo-value")
            .run(context -> {
                assertThat(context).hasFailed();
                Throwable failure = context.getStartupFailure();
                assertThat(failure).rootCause().isInstanceOf(UnknownComponentPropertyException.class)
                        .hasMessageContaining("camel.component.pipedrive-leads.api-tokn")
                        .hasMessageContaining("did you mean camel.component.pipedrive-leads.api-token?");
                assertThat(((UnknownComponentPropertyException) rootCause(failure)).getKeys())
                        .containsExactly("camel.component.pipedrive-leads.api-tokn");
                assertThat(failure).hasStackTraceContaining("api-tokn")
                        .satisfies(f -> assertThat(stackTrace(f)).doesNotContain("s3cr3t-typo-value"));
            });
    }

    @Test
    void everyUnknownKeyIsListedAndFarOffKeysGetNoSuggestion() {
        runner.withPropertyValues("camel.component.pipedrive-leads.max-retrys=5",
                "camel.component.pipedrive-leads.frobnicate=yes",
                "camel.component.pipedrive-leads.api-token=t0ken")
            .run(context -> {
                UnknownComponentPropertyException unknown =
                        (UnknownComponentPropertyException) rootCause(context.getStartupFailure());
                assertThat(unknown.getKeys()).containsExactly("camel.component.pipedrive-leads.frobnicate",
                        "camel.component.pipedrive-leads.max-retrys");
                assertThat(unknown.getMessage())
                        .contains("camel.component.pipedrive-leads.max-retrys (")
                        .contains("did you mean camel.component.pipedrive-leads.max-retries?")
                        .containsPattern("camel\\.component\\.pipedrive-leads\\.frobnicate \\([^)]*\\)\\n");
            });
    }

    @Test
    void relaxedNamesAndTheStarterConventionsAreKnown() {
        runner.withPropertyValues("camel.component.pipedrive-leads.apiToken=t0ken",
                "camel.component.pipedrive-leads.max_retries=5",
                "camel.component.pipedrive-leads.enabled=true",
                "camel.component.pipedrive-leads.customizer.enabled=true",
                "camel.component.pipedrive-leads.autowired-enabled=true")
            .run(context -> {
                assertThat(context).hasNotFailed();
                PipedriveLeadsComponent component = context.getBean(CamelContext.class)
                        .getComponent("pipedrive-leads", PipedriveLeadsComponent.class);
                assertThat(component.getConfiguration().getApiToken()).isEqualTo("t0ken");
                assertThat(component.getConfiguration().getMaxRetries()).isEqualTo(5);
            });
    }

    @Test
    void environmentVariablesAreCheckedToo() {
        runner.withInitializer(context -> context.getEnvironment().getPropertySources().addFirst(
                new SystemEnvironmentPropertySource("test-systemEnvironment", Map.of(
                        "CAMEL_COMPONENT_PIPEDRIVELEADS_APITOKEN", "t0ken",
                        "CAMEL_COMPONENT_PIPEDRIVELEADS_MAXRETRYS", "5"))))
            .run(context -> {
                assertThat(context).hasFailed();
                assertThat(rootCause(context.getStartupFailure())).isInstanceOf(UnknownComponentPropertyException.class)
                        .hasMessageContaining("maxretrys")
                        .hasMessageNotContaining("apitoken ");
            });
    }

    @Test
    void springBootReportsTheUnknownKeysWithoutAStackTrace() {
        runner.withPropertyValues("camel.component.pipedrive-leads.max-retrys=5")
            .run(context -> {
                org.springframework.boot.diagnostics.FailureAnalysis analysis =
                        new UnknownComponentPropertyFailureAnalyzer().analyze(context.getStartupFailure());
                assertThat(analysis).isNotNull();
                assertThat(analysis.getDescription())
                        .contains("did you mean camel.component.pipedrive-leads.max-retries?");
                assertThat(analysis.getAction()).contains("camel.component.pipedrive-leads.enabled=false");
            });
        // registered, so that a real application start reports through it
        assertThat(org.springframework.core.io.support.SpringFactoriesLoader.forDefaultResourceLocation(
                getClass().getClassLoader()).load(org.springframework.boot.diagnostics.FailureAnalyzer.class,
                        // other analyzers need constructor arguments that only a running application gives
                        org.springframework.core.io.support.SpringFactoriesLoader.FailureHandler
                                .handleMessage((message, failure) -> { })))
                .hasAtLeastOneElementOfType(UnknownComponentPropertyFailureAnalyzer.class);
    }

    @Test
    void aDisabledAutoConfigurationChecksNothing() {
        runner.withPropertyValues("camel.component.pipedrive-leads.enabled=false",
                "camel.component.pipedrive-leads.api-tokn=x")
            .run(context -> assertThat(context).hasNotFailed());
    }

    private static Throwable rootCause(Throwable failure) {
        Throwable cause = failure;
        while (cause.getCause() != null) {
            cause = cause.getCause();
        }
        return cause;
    }

    private static String stackTrace(Throwable failure) {
        java.io.StringWriter out = new java.io.StringWriter();
        failure.printStackTrace(new java.io.PrintWriter(out));
        return out.toString();
    }
}
