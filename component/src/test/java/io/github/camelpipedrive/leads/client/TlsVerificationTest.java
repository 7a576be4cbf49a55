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
package io.github.camelpipedrive.leads.client;

import java.net.Socket;

import javax.net.ssl.SSLException;

import com.github.tomakehurst.wiremock.WireMockServer;
import io.github.camelpipedrive.leads.PipedriveLeadsComponent;
import org.apache.camel.CamelContext;
import org.apache.camel.CamelExecutionException;
import org.apache.camel.ProducerTemplate;
import org.apache.camel.impl.DefaultCamelContext;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.any;
import static com.github.tomakehurst.wiremock.client.WireMock.anyUrl;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The TLS strategy created on first use is HttpClient's verifying default: a server whose certificate the JDK does
 * not trust (WireMock's self-signed one) is refused, and nothing reaches it.
 */
class TlsVerificationTest {

    private static WireMockServer wireMock;

    @BeforeAll
    static void start() {
        wireMock = new WireMockServer(wireMockConfig().dynamicPort().dynamicHttpsPort());
        wireMock.start();
        wireMock.stubFor(any(anyUrl()).willReturn(aResponse().withStatus(200)
                .withHeader("Content-Type", "application/json").withBody("{\"success\":true,\"data\":null}")));
    }

    @AfterAll
    static void stop() {
        wireMock.stop();
    }

    @Test
    void theDefaultStrategyIsCreatedOnFirstUseAndVerifiesTheCertificate() throws Exception {
        LazyDefaultTlsStrategy strategy = new LazyDefaultTlsStrategy();
        assertThat(strategy.isCreated()).isFalse();
        try (Socket socket = new Socket("localhost", wireMock.httpsPort())) {
            assertThatThrownBy(() -> strategy.upgrade(socket, "localhost", wireMock.httpsPort(), null, null))
                    .isInstanceOf(SSLException.class);
        }
        assertThat(strategy.isCreated()).isTrue();
    }

    @Test
    void anEndpointRefusesAnUntrustedHttpsServer() throws Exception {
        try (CamelContext camel = new DefaultCamelContext()) {
            PipedriveLeadsComponent component = camel.getComponent("pipedrive-leads", PipedriveLeadsComponent.class);
            component.getConfiguration().setBaseUrl("https://localhost:" + wireMock.httpsPort());
            component.getConfiguration().setApiToken("tls-test-token");
            camel.start();
            ProducerTemplate template = camel.createProducerTemplate();
            assertThatThrownBy(() -> template.requestBody("pipedrive-leads:getLeadSources", (Object) null))
                    .isInstanceOf(CamelExecutionException.class)
                    .hasStackTraceContaining("javax.net.ssl.SSLHandshakeException: PKIX path building failed");
        }
        assertThat(wireMock.getAllServeEvents()).isEmpty();
    }
}
