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

import java.util.Objects;
import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.ParameterContext;
import org.junit.jupiter.api.extension.ParameterResolver;

/**
 * JUnit 5 extension that starts a {@link PipedriveSandbox} before all tests of a class and stops
 * it after them.
 *
 * <pre>{@code
 * @RegisterExtension
 * static PipedriveSandboxExtension sandbox =
 *         new PipedriveSandboxExtension(PipedriveSandbox.builder().seedLeads(5));
 *
 * @Test
 * void lists() {
 *     String url = sandbox.baseUrl() + "/api/v1/leads";   // token: sandbox.apiToken()
 * }
 * }</pre>
 *
 * <p>With {@code @ExtendWith(PipedriveSandboxExtension.class)} a default sandbox is started and
 * injected into {@code PipedriveSandbox} parameters of test methods, constructors and lifecycle
 * methods. Nested classes share the outer class's sandbox: only the context that started it
 * stops it.
 */
public final class PipedriveSandboxExtension implements BeforeAllCallback, AfterAllCallback, ParameterResolver {

    private final PipedriveSandbox.Builder builder;
    private volatile PipedriveSandbox sandbox;
    private volatile String ownerContextId;

    /** Uses the default builder ({@code PipedriveSandbox.builder()}). */
    public PipedriveSandboxExtension() {
        this(PipedriveSandbox.builder());
    }

    /**
     * @param builder configured builder; {@code build()} is called when the test class starts
     */
    public PipedriveSandboxExtension(PipedriveSandbox.Builder builder) {
        this.builder = Objects.requireNonNull(builder, "builder");
    }

    @Override
    public void beforeAll(ExtensionContext context) {
        ensureStarted(context);
    }

    @Override
    public void afterAll(ExtensionContext context) {
        synchronized (this) {
            if (sandbox != null && context.getUniqueId().equals(ownerContextId)) {
                sandbox.close();
                sandbox = null;
                ownerContextId = null;
            }
        }
    }

    private synchronized PipedriveSandbox ensureStarted(ExtensionContext context) {
        if (sandbox == null) {
            PipedriveSandbox created = builder.build();
            created.start();
            sandbox = created;
            ownerContextId = context.getUniqueId();
        }
        return sandbox;
    }

    @Override
    public boolean supportsParameter(ParameterContext parameterContext, ExtensionContext extensionContext) {
        return parameterContext.getParameter().getType() == PipedriveSandbox.class;
    }

    @Override
    public Object resolveParameter(ParameterContext parameterContext, ExtensionContext extensionContext) {
        if (sandbox != null) {
            return sandbox;
        }
        // only without beforeAll (a non-static @RegisterExtension field): no afterAll will stop it,
        // so hand it to the root store, which closes AutoCloseable values when the run ends
        PipedriveSandbox started = ensureStarted(extensionContext);
        extensionContext.getRoot().getStore(ExtensionContext.Namespace.create(PipedriveSandboxExtension.class))
                .put(started, started);
        return started;
    }

    /** @return the running sandbox */
    public PipedriveSandbox get() {
        PipedriveSandbox current = sandbox;
        if (current == null) {
            throw new IllegalStateException("the sandbox runs only while the test class runs");
        }
        return current;
    }

    /** @return the running sandbox's base URL */
    public String baseUrl() {
        return get().baseUrl();
    }

    /** @return the API token the sandbox accepts */
    public String apiToken() {
        return get().apiToken();
    }
}
