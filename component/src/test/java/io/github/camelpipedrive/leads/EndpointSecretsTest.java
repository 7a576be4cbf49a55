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

    @Test
    void everySpellingCamelBindsIsMaskedInTheEndpointKeyAndToString() {
        // Camel binds an option whatever the case of its name, with dashes and with percent-encoded letters
        String[] spellings = { "apitoken", "APITOKEN", "ApiToken", "api-token", "api%54oken", "accesstoken",
                               "clientsecret", "client-secret", "refresh-token", "WebhookAuthPassword",
                               "webhookauthpassword", "proxyauthpassword" };
        // the component's token lets every endpoint start, whichever single credential its URI carries
        context.getComponent("pipedrive-leads", PipedriveLeadsComponent.class).getConfiguration()
                .setApiToken("component-token");
        for (String name : spellings) {
            Endpoint endpoint = context.getEndpoint("pipedrive-leads:getLeads?" + name + "=x-SECRET-" + name
                                                    + "&limit=7");
            assertThat(endpoint.getEndpointKey()).as(name).doesNotContain("SECRET").contains("limit=7");
            assertThat(endpoint.toString()).as(name).doesNotContain("SECRET");
        }
        PipedriveLeadsEndpoint bound = context.getEndpoint("pipedrive-leads:getLeads?api-token=tok-SECRET-9",
                PipedriveLeadsEndpoint.class);
        assertThat(bound.getConfiguration().getApiToken()).as("the dashed spelling binds").isEqualTo("tok-SECRET-9");
    }

    @Test
    void optionsThatAreNotSecretKeepTheirValues() {
        assertThat(SecretOptions.mask("pipedrive-leads://getLeads?apiTokenHint=a&tokenUrl=b&limit=5"))
                .isEqualTo("pipedrive-leads://getLeads?apiTokenHint=a&tokenUrl=b&limit=5");
        assertThat(SecretOptions.mask("pipedrive-leads://getLeads?limit=5&API-TOKEN=s"))
                .isEqualTo("pipedrive-leads://getLeads?limit=5&API-TOKEN=xxxxxx");
    }
}
