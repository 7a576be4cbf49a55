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

import org.apache.camel.CamelContext;
import org.apache.camel.builder.RouteBuilder;
import org.apache.camel.impl.DefaultCamelContext;
import org.apache.camel.spi.StateRepository;
import org.apache.camel.support.processor.state.MemoryStateRepository;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Camel's ownership rule for state repositories: the in-memory cursor repository the component creates is started by
 * it and stopped when its endpoint stops (route removed) or the component stops; repositories the user supplies
 * (stateRepository, oauthTokenStore) are started when they are not yet but never stopped by the component.
 * No test here polls: the consumers run with the scheduler off and the base URL is never called.
 */
class StateRepositoryLifecycleTest {

    private final CamelContext context = new DefaultCamelContext();

    @AfterEach
    void stop() {
        context.stop();
    }

    private PipedriveLeadsComponent component() {
        PipedriveLeadsComponent component = context.getComponent("pipedrive-leads", PipedriveLeadsComponent.class);
        component.getConfiguration().setBaseUrl("http://localhost:1");
        component.getConfiguration().setApiToken("token");
        return component;
    }

    private void feed(String options) throws Exception {
        context.addRoutes(new RouteBuilder() {
            @Override
            public void configure() {
                from("pipedrive-leads:getLeads?startScheduler=false" + options).routeId("feed").to("log:feed");
            }
        });
    }

    private PipedriveLeadsEndpoint endpoint() {
        return (PipedriveLeadsEndpoint) context.getRoute("feed").getEndpoint();
    }

    @Test
    void theCreatedRepositoryLivesAcrossRouteRestartsAndIsStoppedWhenTheRouteIsRemoved() throws Exception {
        PipedriveLeadsComponent component = component();
        feed("");
        context.start();

        StateRepository<String, String> created = endpoint().cursorRepository();
        assertThat(created).isInstanceOf(MemoryStateRepository.class);
        MemoryStateRepository repository = (MemoryStateRepository) created;
        assertThat(repository.isStarted()).isTrue();
        assertThat(component.ownedStateRepositoryCount()).isEqualTo(1);
        assertThat(endpoint().getConfiguration().getStateRepository())
                .as("the endpoint's options are not rewritten").isNull();

        repository.setState("k", "v");
        context.getRouteController().stopRoute("feed");
        context.getRouteController().startRoute("feed");
        assertThat(endpoint().cursorRepository()).as("kept across a route restart").isSameAs(repository);
        assertThat(repository.getState("k")).isEqualTo("v");

        context.getRouteController().stopRoute("feed");
        context.removeRoute("feed");

        assertThat(repository.isStopped()).isTrue();
        assertThat(component.ownedStateRepositoryCount()).as("nothing held after the route is gone").isZero();
    }

    @Test
    void theComponentStopsTheRepositoriesItCreated() throws Exception {
        PipedriveLeadsComponent component = component();
        feed("");
        context.start();
        MemoryStateRepository repository = (MemoryStateRepository) endpoint().cursorRepository();

        component.stop();

        assertThat(repository.isStopped()).isTrue();
        assertThat(component.ownedStateRepositoryCount()).isZero();
    }

    @Test
    void aUserSuppliedRepositoryIsStartedButLeftForItsOwnerToStop() throws Exception {
        PipedriveLeadsComponent component = component();
        MemoryStateRepository supplied = new MemoryStateRepository();
        context.getRegistry().bind("cursors", supplied);
        feed("&stateRepository=#cursors");
        context.start();

        assertThat(supplied.isStarted()).as("started for the consumer").isTrue();
        assertThat(endpoint().cursorRepository()).isSameAs(supplied);
        assertThat(component.ownedStateRepositoryCount()).isZero();

        context.getRouteController().stopRoute("feed");
        context.removeRoute("feed");
        component.stop();
        assertThat(supplied.isStarted()).as("still running after the route and the component stopped").isTrue();

        context.stop();
        assertThat(supplied.isStarted()).as("still running after the context stopped").isTrue();
        supplied.stop();
    }

    @Test
    void aUserSuppliedOAuthTokenStoreIsStartedButLeftForItsOwnerToStop() throws Exception {
        PipedriveLeadsComponent component = component();
        component.getConfiguration().setApiToken(null);
        component.getConfiguration().setClientId("app");
        component.getConfiguration().setClientSecret("secret");
        component.getConfiguration().setRefreshToken("refresh");
        component.getConfiguration().setTokenUrl("http://localhost:1/oauth/token");
        MemoryStateRepository store = new MemoryStateRepository();
        component.getConfiguration().setOauthTokenStore(store);
        feed("");
        context.start();

        assertThat(store.isStarted()).isTrue();

        context.stop();
        assertThat(store.isStarted()).isTrue();
        store.stop();
    }
}
