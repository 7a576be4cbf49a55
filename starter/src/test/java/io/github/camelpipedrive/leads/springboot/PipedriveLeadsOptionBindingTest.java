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

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;
import io.github.camelpipedrive.leads.ArchivedStatus;
import io.github.camelpipedrive.leads.PipedriveLeadsComponent;
import io.github.camelpipedrive.leads.PipedriveLeadsConfiguration;
import io.github.camelpipedrive.leads.SearchApiVersion;
import org.apache.camel.CamelContext;
import org.apache.camel.component.http.HttpClientConfigurer;
import org.apache.camel.spi.PropertyConfigurerGetter;
import org.apache.camel.spi.StateRepository;
import org.apache.camel.spring.boot.CamelAutoConfiguration;
import org.apache.camel.support.processor.state.MemoryStateRepository;
import org.apache.camel.support.jsse.SSLContextParameters;
import org.junit.jupiter.api.Test;
import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Options set in application properties reach the component: each of them, including those the starter used to drop. */
class PipedriveLeadsOptionBindingTest {

    private final ApplicationContextRunner runner = new ApplicationContextRunner()
            .withConfiguration(AutoConfigurations.of(CamelAutoConfiguration.class,
                    PipedriveLeadsComponentAutoConfiguration.class));

    private static PipedriveLeadsComponent component(org.springframework.context.ApplicationContext context) {
        return context.getBean(CamelContext.class).getComponent("pipedrive-leads", PipedriveLeadsComponent.class);
    }

    @Test
    void optionsTheHandWrittenStarterIgnoredReachTheComponent() {
        runner.withPropertyValues(
                "camel.component.pipedrive-leads.client-id=app-42",
                "camel.component.pipedrive-leads.client-secret=app-secret",
                "camel.component.pipedrive-leads.refresh-token=refresh-1",
                "camel.component.pipedrive-leads.token-url=https://oauth.example.com/oauth/token",
                "camel.component.pipedrive-leads.max-retries=6",
                "camel.component.pipedrive-leads.client-throttling=false",
                "camel.component.pipedrive-leads.max-rate-limit-wait=2500",
                "camel.component.pipedrive-leads.retry-max-elapsed=90000",
                "camel.component.pipedrive-leads.search-api-version=v1",
                "camel.component.pipedrive-leads.archived-status=not_archived",
                "camel.component.pipedrive-leads.state-key=crm-feed")
            .run(context -> {
                assertThat(context).hasNotFailed();
                PipedriveLeadsConfiguration configuration = component(context).getConfiguration();
                assertThat(configuration.getClientId()).isEqualTo("app-42");
                assertThat(configuration.getClientSecret()).isEqualTo("app-secret");
                assertThat(configuration.getRefreshToken()).isEqualTo("refresh-1");
                assertThat(configuration.getTokenUrl()).isEqualTo("https://oauth.example.com/oauth/token");
                assertThat(configuration.getMaxRetries()).isEqualTo(6);
                assertThat(configuration.isClientThrottling()).isFalse();
                assertThat(configuration.getMaxRateLimitWait()).isEqualTo(2500L);
                assertThat(configuration.getRetryMaxElapsed()).isEqualTo(90000L);
                assertThat(configuration.getSearchApiVersion()).isEqualTo(SearchApiVersion.v1);
                assertThat(configuration.getArchivedStatus()).isEqualTo(ArchivedStatus.not_archived);
                assertThat(configuration.getStateKey()).isEqualTo("crm-feed");
            });
    }

    /**
     * Sets every catalog option to a value other than its default, in the form a user writes it, and reads each back
     * from the component through its generated configurer. An option added to the component is covered with no change
     * here; only an option of a new bean type needs a sample bean in {@link #sampleBean}.
     */
    @Test
    void everyCatalogOptionReachesTheComponent() throws Exception {
        Map<String, Object> expected = new LinkedHashMap<>();
        List<String> properties = new ArrayList<>();
        ApplicationContextRunner withBeans = runner;
        for (Map.Entry<String, JsonNode> entry : CatalogOptions.componentOptions()) {
            String name = entry.getKey();
            JsonNode option = entry.getValue();
            if (CatalogOptions.isBeanReference(option)) {
                Class<?> type = Class.forName(CatalogOptions.rawType(option.path("javaType").asText()));
                Object bean = sampleBean(name, type);
                String beanName = name + "Sample";
                withBeans = withBeans.withBean(beanName, Object.class, () -> bean);
                properties.add(CatalogOptions.property(name) + "=#bean:" + beanName);
                expected.put(name, bean);
            } else {
                String value = nonDefaultValue(name, option);
                properties.add(CatalogOptions.property(name) + "=" + value);
                expected.put(name, value);
            }
        }

        withBeans.withPropertyValues(properties.toArray(String[]::new)).run(context -> {
            assertThat(context).hasNotFailed();
            PipedriveLeadsComponent component = component(context);
            PropertyConfigurerGetter getter = (PropertyConfigurerGetter) component.getComponentPropertyConfigurer();
            List<String> notApplied = new ArrayList<>();
            expected.forEach((name, value) -> {
                Object actual = getter.getOptionValue(component, name, false);
                boolean same = value instanceof String text ? canonical(actual).equals(canonical(text)) : actual == value;
                if (!same) {
                    notApplied.add(name + ": component has " + actual + ", property said " + value);
                }
            });
            assertThat(notApplied).as("options set in properties but not on the component").isEmpty();
            assertThat(expected).hasSizeGreaterThanOrEqualTo(70);
        });
    }

    @Test
    void unsetOptionsKeepTheComponentsOwnDefaults() {
        // the IDE shows https://api.pipedrive.com as baseUrl's default, but applying it would override companyDomain
        runner.withPropertyValues("camel.component.pipedrive-leads.company-domain=acme")
            .run(context -> {
                PipedriveLeadsConfiguration configuration = component(context).getConfiguration();
                assertThat(configuration.getCompanyDomain()).isEqualTo("acme");
                assertThat(configuration.getBaseUrl()).isNull();
                assertThat(configuration.getTokenUrl()).isEqualTo("https://oauth.pipedrive.com/oauth/token");
                assertThat(configuration.getMaxRetries()).isEqualTo(3);
            });
    }

    @Test
    void aSharedConfigurationBeanIsAppliedBeforeTheOptionsThatLandOnIt() {
        PipedriveLeadsConfiguration shared = new PipedriveLeadsConfiguration();
        shared.setPageSize(50);
        runner.withBean("sharedLeadsConfiguration", PipedriveLeadsConfiguration.class, () -> shared)
            .withPropertyValues(
                "camel.component.pipedrive-leads.api-token=t0ken",
                "camel.component.pipedrive-leads.configuration=#bean:sharedLeadsConfiguration")
            .run(context -> {
                PipedriveLeadsComponent component = component(context);
                assertThat(component.getConfiguration()).isSameAs(shared);
                assertThat(shared.getApiToken()).isEqualTo("t0ken");
                assertThat(shared.getPageSize()).isEqualTo(50);
            });
    }

    @Test
    void beanReferencesResolveFromTheSpringContext() {
        MemoryStateRepository cursors = new MemoryStateRepository();
        runner.withBean("leadCursors", MemoryStateRepository.class, () -> cursors)
            .withPropertyValues("camel.component.pipedrive-leads.state-repository=#bean:leadCursors")
            .run(context -> assertThat(component(context).getConfiguration().getStateRepository()).isSameAs(cursors));
    }

    @Test
    void aValueThatCannotBeAppliedFailsNamingTheProperty() {
        runner.withPropertyValues("camel.component.pipedrive-leads.state-repository=#bean:noSuchBean")
            .run(context -> assertThatThrownBy(() -> component(context))
                    .hasStackTraceContaining("camel.component.pipedrive-leads.state-repository")
                    .hasStackTraceContaining("noSuchBean"));
    }

    @Test
    void customizerDisabledLeavesTheOptionsUnapplied() {
        runner.withPropertyValues("camel.component.pipedrive-leads.customizer.enabled=false",
                "camel.component.pipedrive-leads.max-retries=9")
            .run(context -> {
                assertThat(context).hasNotFailed();
                assertThat(component(context).getConfiguration().getMaxRetries()).isEqualTo(3);
            });
    }

    /** A value other than the catalog default, in the form a user writes it in application.properties. */
    private static String nonDefaultValue(String name, JsonNode option) {
        JsonNode defaultValue = option.get("defaultValue");
        String type = option.path("type").asText();
        if (option.has("enum")) {
            for (JsonNode candidate : option.get("enum")) {
                if (defaultValue == null || !candidate.asText().equals(defaultValue.asText())) {
                    return candidate.asText();
                }
            }
        }
        switch (type) {
            case "boolean":
                return Boolean.toString(defaultValue == null || !defaultValue.asBoolean());
            case "integer":
                return Long.toString(defaultValue != null && defaultValue.asLong() > 1 ? defaultValue.asLong() - 1 : 7);
            case "number":
                return "0.5";
            case "duration":
                return "7000";
            default:
                break;
        }
        if (defaultValue != null && defaultValue.asText().startsWith("https://")) {
            return defaultValue.asText().replaceFirst("https://[^/]+", "https://alt.example.com");
        }
        return "sample-" + name.toLowerCase(Locale.ROOT);
    }

    /** A bean for an object option: one per option, so that two options of one type are told apart. */
    private static Object sampleBean(String option, Class<?> type) throws Exception {
        if (type == PipedriveLeadsConfiguration.class) {
            return new PipedriveLeadsConfiguration();
        }
        if (type == StateRepository.class) {
            return new MemoryStateRepository();
        }
        if (type == HttpClientConfigurer.class) {
            return (HttpClientConfigurer) builder -> {
            };
        }
        if (type == SSLContextParameters.class) {
            return new SSLContextParameters();
        }
        if (!type.isInterface() && !java.lang.reflect.Modifier.isAbstract(type.getModifiers())) {
            return type.getDeclaredConstructor().newInstance();
        }
        throw new IllegalStateException("Option " + option + " takes a " + type.getName()
                                        + ": add a sample bean of that type to sampleBean()");
    }

    private static String canonical(Object value) {
        Object text = value instanceof Enum<?> e ? e.name() : value;
        return String.valueOf(text).toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9.:/]", "");
    }
}
