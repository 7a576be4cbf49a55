package io.github.camelpipedrive.leads.springboot;

import io.github.camelpipedrive.leads.PipedriveLeadsComponent;
import org.apache.camel.Component;
import org.apache.camel.spi.ComponentCustomizer;
import org.apache.camel.spring.boot.CamelAutoConfiguration;
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
 * the customizer alone is off with {@code camel.component.pipedrive-leads.customizer.enabled=false}.
 */
@AutoConfiguration(after = CamelAutoConfiguration.class)
@Conditional(ConditionalOnCamelContextAndAutoConfigurationBeans.class)
@ConditionalOnHierarchicalProperties({ "camel.component", "camel.component.pipedrive-leads" })
@EnableConfigurationProperties(PipedriveLeadsComponentConfiguration.class)
public class PipedriveLeadsComponentAutoConfiguration {

    @Lazy
    @Bean
    public ComponentCustomizer configurePipedriveLeadsComponent(ApplicationContext applicationContext,
                                                                PipedriveLeadsComponentConfiguration configuration) {
        return new ComponentCustomizer() {
            @Override
            public void configure(String name, Component target) {
                configuration.applyTo((PipedriveLeadsComponent) target);
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
