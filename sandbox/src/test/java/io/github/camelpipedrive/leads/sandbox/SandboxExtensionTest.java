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
package io.github.camelpipedrive.leads.sandbox;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.UncheckedIOException;
import java.lang.reflect.Proxy;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.RegisterExtension;

class SandboxExtensionTest {

    @RegisterExtension
    static PipedriveSandboxExtension sandbox = new PipedriveSandboxExtension(PipedriveSandbox.builder().seedLeads(5));

    @Test
    void startsBeforeAllWithTheGivenBuilder() {
        SandboxHttp http = new SandboxHttp(sandbox.baseUrl(), sandbox.apiToken());
        assertThat(http.get("/api/v1/leads").json().get("data")).hasSize(5);
        assertThat(sandbox.get().activeLeadCount()).isEqualTo(5);
        assertThat(sandbox.apiToken()).isEqualTo("sandbox-token");
        assertThat(sandbox.baseUrl()).startsWith("http://127.0.0.1:");
    }

    @Test
    void resolvesSandboxParametersToTheRunningOne(PipedriveSandbox injected) {
        assertThat(injected).isSameAs(sandbox.get());
    }

    @Nested
    class NestedTests {
        @Test
        void shareTheOuterSandbox() {
            assertThat(sandbox.get().activeLeadCount()).isEqualTo(5);
        }
    }

    private static ExtensionContext context(String uniqueId) {
        return (ExtensionContext) Proxy.newProxyInstance(ExtensionContext.class.getClassLoader(),
                new Class<?>[] {ExtensionContext.class}, (proxy, method, args) -> {
                    if ("getUniqueId".equals(method.getName())) {
                        return uniqueId;
                    }
                    throw new UnsupportedOperationException(method.getName());
                });
    }

    @Test
    void stopsAfterAllOfTheContextThatStartedIt() {
        PipedriveSandboxExtension extension = new PipedriveSandboxExtension(PipedriveSandbox.builder().seedLeads(1));
        extension.beforeAll(context("[class:Outer]"));
        String baseUrl = extension.baseUrl();
        SandboxHttp http = new SandboxHttp(baseUrl, extension.apiToken());
        assertThat(http.get("/api/v1/leads").status).isEqualTo(200);

        extension.beforeAll(context("[class:Outer]/[nested:Inner]"));
        extension.afterAll(context("[class:Outer]/[nested:Inner]"));
        assertThat(http.get("/api/v1/leads").status).as("a nested class must not stop it").isEqualTo(200);

        extension.afterAll(context("[class:Outer]"));
        assertThatThrownBy(extension::get).isInstanceOf(IllegalStateException.class);
        assertThatThrownBy(() -> new SandboxHttp(baseUrl, "sandbox-token").get("/api/v1/leads"))
                .isInstanceOf(UncheckedIOException.class);
    }
}
