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
