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
package io.github.camelpipedrive.leads.producer;

import java.util.List;
import java.util.Properties;

import com.github.tomakehurst.wiremock.verification.LoggedRequest;
import io.github.camelpipedrive.leads.PipedriveLeadsComponentConfigurer;
import io.github.camelpipedrive.leads.PipedriveLeadsConfiguration;
import io.github.camelpipedrive.leads.PipedriveLeadsEndpoint;
import io.github.camelpipedrive.leads.PipedriveLeadsEndpointConfigurer;
import io.github.camelpipedrive.leads.PipedriveLeadsOperation;
import org.apache.camel.builder.RouteBuilder;
import org.apache.camel.spi.ConfigurerResolver;
import org.apache.camel.support.PluginHelper;
import org.junit.jupiter.api.Test;

import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Endpoint options: set in the URI, on the component configuration, through property placeholders, and overridden per
 * endpoint; the generated configurers; credentials (api token vs OAuth access token); and the checks made when an
 * endpoint or route starts (operation name, consumable operation, https-only base URL).
 */
class EndpointConfigurationTest extends WireMockTestSupport {

    @Override
    protected Properties useOverridePropertiesWithPropertiesComponent() {
        Properties properties = new Properties();
        properties.setProperty("pd.limit", "42");
        properties.setProperty("pd.owner", "9");
        return properties;
    }

    // ---------------------------------------------------------------- where options come from

    @Test
    void uriOptionsReachTheWire() {
        stubLeads();

        call("pipedrive-leads:getLeads?limit=50&ownerId=7");

        PipedriveLeadsConfiguration configuration = endpoint("pipedrive-leads:getLeads?limit=50&ownerId=7")
                .getConfiguration();
        assertThat(configuration.getLimit()).isEqualTo(50);
        assertThat(configuration.getOwnerId()).isEqualTo(7L);
        assertThat(onlyRequest().getUrl()).isEqualTo("/api/v1/leads?limit=50&owner_id=7");
    }

    @Test
    void componentConfigurationIsTheDefaultOfEveryEndpoint() {
        stubLeads();
        component().getConfiguration().setLimit(25);
        component().getConfiguration().setOwnerId(3L);

        call("pipedrive-leads:getLeads");

        assertThat(onlyRequest().getUrl()).isEqualTo("/api/v1/leads?limit=25&owner_id=3");
    }

    @Test
    void endpointOptionOverridesTheComponentOptionForThatEndpointOnly() {
        stubLeads();
        component().getConfiguration().setLimit(25);

        call("pipedrive-leads:getLeads?limit=50");
        call("pipedrive-leads:getLeads?personId=4");

        assertThat(requests()).extracting(LoggedRequest::getUrl)
                .containsExactly("/api/v1/leads?limit=50", "/api/v1/leads?limit=25&person_id=4");
        assertThat(component().getConfiguration().getLimit()).as("component default unchanged").isEqualTo(25);
    }

    @Test
    void propertyPlaceholdersAreResolvedInTheUri() {
        stubLeads();

        call("pipedrive-leads:getLeads?limit={{pd.limit}}&ownerId={{pd.owner}}");

        assertThat(onlyRequest().getUrl()).isEqualTo("/api/v1/leads?limit=42&owner_id=9");
    }

    @Test
    void rawSortInTheUriIsSentEncoded() {
        stubLeads();

        call("pipedrive-leads:getLeads?sort=RAW(add_time DESC)");

        LoggedRequest request = onlyRequest();
        assertThat(request.getUrl()).isEqualTo("/api/v1/leads?sort=add_time%20DESC");
        assertThat(query(request, "sort")).isEqualTo("add_time DESC");
    }

    @Test
    void theGeneratedConfigurersAreUsed() {
        ConfigurerResolver resolver = PluginHelper.getConfigurerResolver(context);

        assertThat(resolver.resolvePropertyConfigurer("pipedrive-leads-endpoint", context))
                .isInstanceOf(PipedriveLeadsEndpointConfigurer.class);
        assertThat(resolver.resolvePropertyConfigurer("pipedrive-leads-component", context))
                .isInstanceOf(PipedriveLeadsComponentConfigurer.class);
        assertThat(component().getEndpointPropertyConfigurer()).isInstanceOf(PipedriveLeadsEndpointConfigurer.class);
        // the generated component configurer, behind a check that number options' text is a number (Camel Main)
        org.apache.camel.spi.PropertyConfigurer configurer = component().getComponentPropertyConfigurer();
        assertThat(configurer.getClass().getSimpleName()).isEqualTo("CheckedComponentConfigurer");
        assertThat(configurer).isInstanceOf(org.apache.camel.spi.GeneratedPropertyConfigurer.class);
        assertThat(((org.apache.camel.spi.PropertyConfigurerGetter) configurer).getOptionType("limit", false))
                .isEqualTo(Integer.class);
        assertThat(configurer.configure(context, component(), "limit", "12", false)).isTrue();
        assertThat(component().getConfiguration().getLimit()).isEqualTo(12);
    }

    @Test
    void componentConfigurerSetsFlattenedConfigurationOptions() {
        stubLeads();

        new PipedriveLeadsComponentConfigurer().configure(context, component(), "limit", "12", false);
        call("pipedrive-leads:getLeads");

        assertThat(onlyRequest().getUrl()).isEqualTo("/api/v1/leads?limit=12");
    }

    // ---------------------------------------------------------------- credentials

    @Test
    void accessTokenIsSentAsBearerWithoutApiToken() {
        stubLeads();
        component().getConfiguration().setApiToken(null);

        call("pipedrive-leads:getLeads?accessToken=RAW(oauth-access-123)");

        LoggedRequest request = requests().get(0);
        assertThat(request.getHeader("Authorization")).isEqualTo("Bearer oauth-access-123");
        assertThat(request.containsHeader("x-api-token")).isFalse();
        assertThat(request.getQueryParams()).doesNotContainKeys("api_token", "access_token");
    }

    @Test
    void apiTokenTakesPrecedenceOverAccessToken() {
        stubLeads();

        call("pipedrive-leads:getLeads?accessToken=RAW(oauth-access-123)");

        onlyRequest(); // asserts x-api-token and no Authorization header
    }

    @Test
    void endpointApiTokenOverridesTheComponentOne() {
        stubLeads();

        call("pipedrive-leads:getLeads?apiToken=RAW(endpoint-token-456)");

        assertThat(requests().get(0).getHeader("x-api-token")).isEqualTo("endpoint-token-456");
    }

    @Test
    void missingCredentialsFailAtStart() {
        component().getConfiguration().setApiToken(null);

        assertThatThrownBy(() -> endpoint("pipedrive-leads:getLeadSources").start())
                .rootCause().hasMessageContaining("No credentials").hasMessageContaining("apiToken");
        assertNoRequestSent();
    }

    // ---------------------------------------------------------------- start-up checks

    @Test
    void consumerOnANonConsumableOperationFailsAtRouteStart() {
        assertThatThrownBy(() -> context.addRoutes(new RouteBuilder() {
            @Override
            public void configure() {
                from("pipedrive-leads:addLead").routeId("wrong").to("mock:out");
            }
        })).rootCause()
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("addLead cannot be consumed")
                .hasMessageContaining("only getLeads can be used in from(...)");
        assertNoRequestSent();
    }

    @Test
    void unknownOperationIsRejectedWithTheValidOnes() {
        assertThatThrownBy(() -> context.getEndpoint("pipedrive-leads:foo")).rootCause()
                .hasMessageContaining("Unknown pipedrive-leads operation 'foo'")
                .hasMessageContaining(List.of(PipedriveLeadsOperation.values()).toString());
    }

    @Test
    void plainHttpToANonLoopbackHostFailsAtEndpointStart() {
        assertThatThrownBy(() -> endpoint("pipedrive-leads:getLeadSources?baseUrl=http://example.com").start())
                .rootCause().isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("plain http").hasMessageContaining("example.com")
                .hasMessageContaining("allowInsecureHttp=true");
        assertNoRequestSent();
    }

    @Test
    void plainHttpIsAcceptedWhenExplicitlyAllowedAndHttpsAlways() {
        PipedriveLeadsEndpoint allowed = endpoint("pipedrive-leads:getLeadSources?baseUrl=http://example.com"
                                                  + "&allowInsecureHttp=true");
        PipedriveLeadsEndpoint https = endpoint("pipedrive-leads:getLeadSources?baseUrl=https://example.com/");

        assertThatCode(allowed::start).doesNotThrowAnyException();
        assertThatCode(https::start).doesNotThrowAnyException();
        assertThat(allowed.getApiClient().baseUrl()).isEqualTo("http://example.com");
        assertThat(https.getApiClient().baseUrl()).isEqualTo("https://example.com");
    }

    @Test
    void companyDomainTargetsTheCompanyHostOverHttps() {
        component().getConfiguration().setBaseUrl(null);

        PipedriveLeadsEndpoint endpoint = endpoint("pipedrive-leads:getLeadSources?companyDomain=acme");
        endpoint.start();

        assertThat(endpoint.getApiClient().baseUrl()).isEqualTo("https://acme.pipedrive.com");
    }

    // ---------------------------------------------------------------- helpers

    private PipedriveLeadsEndpoint endpoint(String uri) {
        return context.getEndpoint(uri, PipedriveLeadsEndpoint.class);
    }

    private static void stubLeads() {
        stub(get(urlPathEqualTo("/api/v1/leads")), 200, list("[]", "{\"start\":0,\"limit\":100,"
                                                                   + "\"more_items_in_collection\":false}"));
    }
}
