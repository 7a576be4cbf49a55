package io.github.camelpipedrive.leads;

import org.apache.camel.Endpoint;
import org.apache.camel.test.junit5.CamelTestSupport;
import org.apache.camel.util.URISupport;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Credentials given in a URI must not show up where Camel displays endpoints (toString, JMX, logs).
 */
class EndpointSecretsTest extends CamelTestSupport {

    @Test
    void secretOptionsAreMaskedWhereverTheEndpointIsShown() {
        Endpoint endpoint = context.getEndpoint("pipedrive-leads:getLeads?apiToken=tok-SECRET-1"
                                                + "&accessToken=acc-SECRET-2&proxyAuthPassword=pw-SECRET-3&limit=5");

        assertThat(endpoint.toString()).doesNotContain("SECRET").contains("limit=5");
        assertThat(URISupport.sanitizeUri(endpoint.getEndpointUri())).doesNotContain("SECRET");
        assertThat(endpoint.getEndpointBaseUri()).doesNotContain("SECRET");
        PipedriveLeadsEndpoint typed = (PipedriveLeadsEndpoint) endpoint;
        assertThat(typed.getConfiguration().getApiToken()).isEqualTo("tok-SECRET-1");
    }
}
