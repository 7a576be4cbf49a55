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

import java.io.IOException;
import java.net.Socket;

import javax.net.ssl.SSLSocket;

import org.apache.hc.client5.http.ssl.DefaultClientTlsStrategy;
import org.apache.hc.client5.http.ssl.TlsSocketStrategy;
import org.apache.hc.core5.http.protocol.HttpContext;

/**
 * HttpClient's own default TLS strategy ({@link DefaultClientTlsStrategy#createDefault()}, what the connection
 * manager uses when none is set), created on the first https connection instead of when the client is built.
 * Building it initialises JSSE and reads the JDK's trust store: a few hundred classes and a noticeable part of a
 * fresh JVM's start-up, wasted on endpoints that only ever talk plain http (the sandbox, a local proxy, tests).
 * Endpoints with {@code sslContextParameters} still build theirs eagerly, so a bad key store fails at start.
 */
final class LazyDefaultTlsStrategy implements TlsSocketStrategy {

    private volatile TlsSocketStrategy delegate;

    @Override
    public SSLSocket upgrade(Socket socket, String target, int port, Object attachment, HttpContext context)
            throws IOException {
        return delegate().upgrade(socket, target, port, attachment, context);
    }

    private TlsSocketStrategy delegate() {
        TlsSocketStrategy current = delegate;
        if (current == null) {
            synchronized (this) {
                current = delegate;
                if (current == null) {
                    current = DefaultClientTlsStrategy.createDefault();
                    delegate = current;
                }
            }
        }
        return current;
    }

    /** Whether the default strategy has been created (for tests). */
    boolean isCreated() {
        return delegate != null;
    }
}
