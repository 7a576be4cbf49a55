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

import org.apache.camel.component.http.HttpClientConfigurer;
import org.apache.camel.support.jsse.SSLContextParameters;

/**
 * Everything that shapes an HTTP client: endpoints with equal settings share one pooled client. Named as camel-http
 * names them.
 *
 * @param connectTimeoutMillis           timeout to establish a connection
 * @param responseTimeoutMillis          timeout waiting for a response (socket read)
 * @param connectionRequestTimeoutMillis timeout waiting for a pooled connection
 * @param maxTotalConnections            pool size
 * @param connectionsPerRoute            pool size per host
 * @param proxyHost                      proxy host, or null
 * @param proxyPort                      proxy port
 * @param proxyAuthUsername              proxy user, or null
 * @param proxyAuthPassword              proxy password, or null (never shown by {@link #toString()})
 * @param sslContextParameters           custom TLS trust and key material, or null
 * @param httpClientConfigurer           hook to customise the HttpClientBuilder, or null
 * @param maxResponseSize                the largest response body read, in bytes after decompression
 * @param responseDeadlineMillis         the longest time from sending a request to its last response byte (0: none)
 */
public record TransportSettings(int connectTimeoutMillis, int responseTimeoutMillis,
        int connectionRequestTimeoutMillis, int maxTotalConnections, int connectionsPerRoute, String proxyHost,
        Integer proxyPort, String proxyAuthUsername, String proxyAuthPassword, SSLContextParameters sslContextParameters,
        HttpClientConfigurer httpClientConfigurer, long maxResponseSize, long responseDeadlineMillis) {

    @Override
    public String toString() {
        return "TransportSettings[connectTimeout=" + connectTimeoutMillis + "ms, responseTimeout="
                + responseTimeoutMillis + "ms, responseDeadline=" + responseDeadlineMillis + "ms, maxResponseSize="
                + maxResponseSize + ", pool=" + maxTotalConnections + "/" + connectionsPerRoute
                + (proxyHost != null ? ", proxy=" + proxyHost + ":" + proxyPort : "") + "]";
    }
}
