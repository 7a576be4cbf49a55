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

import io.github.camelpipedrive.leads.PipedriveLeadsComponent;
import org.apache.camel.CamelContext;
import org.apache.camel.Component;
import org.apache.camel.spi.ComponentCustomizer;
import org.apache.camel.spring.boot.CamelAutoConfiguration;
import org.apache.camel.spring.boot.ComponentConfigurationProperties;
import org.apache.camel.spring.boot.util.ConditionalOnCamelContextAndAutoConfigurationBeans;
import org.apache.camel.spring.boot.util.ConditionalOnHierarchicalProperties;
import org.apache.camel.spring.boot.util.HierarchicalPropertiesEvaluator;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.ApplicationContext;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Conditional;
import org.springframework.context.annotation.Lazy;

/**
 * Applies {@code camel.component.pipedrive-leads.*} to the pipedrive-leads component, the way Camel's generated
 * {@code *ComponentAutoConfiguration} classes do: a {@link ComponentCustomizer} that Camel calls when it creates the
 * component. Off with {@code camel.component.pipedrive-leads.enabled=false} (or {@code camel.component.enabled=false});
 * the customizer alone is off with {@code camel.component.pipedrive-leads.customizer.enabled=false} (or
 * {@code camel.component.customizer.enabled=false}).
 * <p>
 * {@link PipedriveLeadsComponentConfiguration} is generated from the component's catalog, so every component option
 * has a property; the options that are set are applied through the component's own configurer
 * ({@link ComponentOptionBinder}). A {@code camel.component.pipedrive-leads.*} key that is no option fails the start
 * ({@link UnknownPropertiesCheck}), as Camel Main does.
 */
@AutoConfiguration(after = CamelAutoConfiguration.class)
@Conditional(ConditionalOnCamelContextAndAutoConfigurationBeans.class)
@ConditionalOnHierarchicalProperties({ "camel.component", "camel.component.pipedrive-leads" })
@EnableConfigurationProperties({ ComponentConfigurationProperties.class, PipedriveLeadsComponentConfiguration.class })
public class PipedriveLeadsComponentAutoConfiguration {

    /** The prefix of the component's Spring Boot properties. */
    public static final String PREFIX = "camel.component.pipedrive-leads";

    private final ApplicationContext applicationContext;
    private final CamelContext camelContext;
    private final PipedriveLeadsComponentConfiguration configuration;

    public PipedriveLeadsComponentAutoConfiguration(ApplicationContext applicationContext, CamelContext camelContext,
                                                    PipedriveLeadsComponentConfiguration configuration) {
        this.applicationContext = applicationContext;
        this.camelContext = camelContext;
        this.configuration = configuration;
        // at start-up, whether or not a route uses the component, as Camel Main reports unknown component options
        UnknownPropertiesCheck.verify(applicationContext.getEnvironment(), PREFIX,
                PipedriveLeadsComponentConfiguration.OPTION_NAMES);
    }

    /** Masks the component's credentials in actuator's env and configprops output, when actuator is there. */
    @org.springframework.context.annotation.Configuration(proxyBeanMethods = false)
    @org.springframework.boot.autoconfigure.condition.ConditionalOnClass(
            name = "org.springframework.boot.actuate.endpoint.SanitizingFunction")
    static class ActuatorCredentialMasking {

        @Bean
        CredentialSanitizer pipedriveLeadsCredentialSanitizer() {
            return new CredentialSanitizer();
        }
    }

    @Lazy
    @Bean
    public ComponentCustomizer configurePipedriveLeadsComponent() {
        return new ComponentCustomizer() {
            @Override
            public void configure(String name, Component target) {
                ComponentOptionBinder.apply(camelContext, target, PREFIX, configuration.optionsToApply(),
                        PipedriveLeadsComponentConfiguration.SECRET_OPTION_NAMES);
            }

            @Override
            public boolean isEnabled(String name, Component target) {
                return target instanceof PipedriveLeadsComponent
                       && HierarchicalPropertiesEvaluator.evaluate(applicationContext, "camel.component.customizer",
                               "camel.component.pipedrive-leads.customizer");
            }
        };
    }
}
