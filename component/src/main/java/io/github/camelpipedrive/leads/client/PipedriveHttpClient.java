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

import io.github.camelpipedrive.leads.exception.PipedriveLeadsException;
import io.github.camelpipedrive.leads.exception.PipedriveResponseTooLargeException;

import java.io.ByteArrayOutputStream;
import java.io.Closeable;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.PushbackInputStream;
import java.net.URI;

import javax.net.ssl.SSLContext;

import org.apache.camel.CamelContext;
import org.apache.hc.client5.http.auth.AuthScope;
import org.apache.hc.client5.http.auth.UsernamePasswordCredentials;
import org.apache.hc.client5.http.classic.methods.HttpUriRequestBase;
import org.apache.hc.client5.http.config.ConnectionConfig;
import org.apache.hc.client5.http.config.RequestConfig;
import org.apache.hc.client5.http.impl.auth.BasicCredentialsProvider;
import org.apache.hc.client5.http.impl.classic.CloseableHttpClient;
import org.apache.hc.client5.http.impl.classic.HttpClientBuilder;
import org.apache.hc.client5.http.impl.classic.HttpClients;
import org.apache.hc.client5.http.impl.io.PoolingHttpClientConnectionManager;
import org.apache.hc.client5.http.impl.io.PoolingHttpClientConnectionManagerBuilder;
import org.apache.hc.client5.http.ssl.DefaultClientTlsStrategy;
import org.apache.hc.core5.http.ClassicHttpResponse;
import org.apache.hc.core5.http.ContentType;
import org.apache.hc.core5.http.HttpEntity;
import org.apache.hc.core5.http.HttpHeaders;
import org.apache.hc.core5.http.HttpHost;
import org.apache.hc.core5.http.io.entity.ByteArrayEntity;
import org.apache.hc.core5.util.Timeout;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The HTTP transport: one pooled Apache HttpClient 5 with keep-alive, timeouts, proxy and TLS settings. HttpClient's
 * own retries, redirects and {@code Retry-After} handling are off: the component owns retry policy.
 */
public final class PipedriveHttpClient implements Closeable {

    private static final Logger LOG = LoggerFactory.getLogger(PipedriveHttpClient.class);

    /** The largest initial buffer a Content-Length may ask for; the buffer grows beyond it as bytes arrive. */
    private static final int INITIAL_BUFFER_LIMIT = 1 << 20;

    private final CloseableHttpClient client;
    /** The proxy's password and Basic credentials, for redaction of text a proxy or server echoes back. */
    private final java.util.List<String> secrets;
    private final long maxResponseSize;
    private final long responseDeadlineMillis;
    /** Aborts requests that passed their deadline; null when there is no deadline. */
    private final ResponseDeadlines deadlines;

    public PipedriveHttpClient(TransportSettings settings, CamelContext camelContext) {
        this.client = build(settings, camelContext);
        this.secrets = proxySecrets(settings);
        this.maxResponseSize = settings.maxResponseSize() > 0 ? settings.maxResponseSize() : Long.MAX_VALUE;
        this.responseDeadlineMillis = settings.responseDeadlineMillis();
        this.deadlines = responseDeadlineMillis > 0 ? new ResponseDeadlines(responseDeadlineMillis, camelContext, this)
                : null;
    }

    private static CloseableHttpClient build(TransportSettings s, CamelContext camelContext) {
        PoolingHttpClientConnectionManagerBuilder cm = PoolingHttpClientConnectionManagerBuilder.create()
                .setMaxConnTotal(s.maxTotalConnections())
                .setMaxConnPerRoute(s.connectionsPerRoute())
                .setConnectionFactory(QuietConnectionFactory.INSTANCE)
                .setDefaultConnectionConfig(ConnectionConfig.custom()
                        .setConnectTimeout(Timeout.ofMilliseconds(s.connectTimeoutMillis()))
                        .setSocketTimeout(Timeout.ofMilliseconds(s.responseTimeoutMillis()))
                        .build());
        if (s.sslContextParameters() != null) {
            try {
                SSLContext sslContext = s.sslContextParameters().createSSLContext(camelContext);
                cm.setTlsSocketStrategy(new DefaultClientTlsStrategy(sslContext));
            } catch (Exception e) {
                throw new PipedriveLeadsException("Cannot create the SSL context from sslContextParameters", e);
            }
        } else {
            cm.setTlsSocketStrategy(new LazyDefaultTlsStrategy());
        }
        PoolingHttpClientConnectionManager manager = cm.build();
        boolean proxyAuthentication = s.proxyHost() != null && !s.proxyHost().isBlank() && s.proxyAuthUsername() != null;
        HttpClientBuilder builder = HttpClients.custom()
                .setConnectionManager(manager)
                .setDefaultRequestConfig(RequestConfig.custom()
                        .setConnectionRequestTimeout(Timeout.ofMilliseconds(s.connectionRequestTimeoutMillis()))
                        .setResponseTimeout(Timeout.ofMilliseconds(s.responseTimeoutMillis()))
                        // the credentials travel in headers the component sets; HttpClient's own authentication
                        // parses challenge headers and logs them (at WARN when malformed), and a server may echo the
                        // request, token included, into one: it only runs for a proxy that needs credentials
                        .setAuthenticationEnabled(proxyAuthentication)
                        .build())
                .disableAutomaticRetries()
                .disableRedirectHandling()
                .disableCookieManagement()
                .setUserAgent("camel-pipedrive-leads");
        if (s.proxyHost() != null && !s.proxyHost().isBlank()) {
            HttpHost proxy = new HttpHost(s.proxyHost(), s.proxyPort() == null ? 8080 : s.proxyPort());
            builder.setProxy(proxy);
            if (s.proxyAuthUsername() != null) {
                BasicCredentialsProvider credentials = new BasicCredentialsProvider();
                credentials.setCredentials(new AuthScope(proxy), new UsernamePasswordCredentials(
                        s.proxyAuthUsername(),
                        s.proxyAuthPassword() == null ? new char[0] : s.proxyAuthPassword().toCharArray()));
                builder.setDefaultCredentialsProvider(credentials);
                // the proxy's challenges are answered; the API's never are, so they are not even parsed
                builder.addResponseInterceptorFirst((response, entity, context) ->
                        response.removeHeaders(HttpHeaders.WWW_AUTHENTICATE));
            }
        }
        if (s.httpClientConfigurer() != null) {
            s.httpClientConfigurer().configureHttpClient(builder);
        }
        return builder.build();
    }

    private static java.util.List<String> proxySecrets(TransportSettings s) {
        if (s.proxyAuthPassword() == null || s.proxyAuthPassword().isEmpty()) {
            return java.util.List.of();
        }
        String basic = java.util.Base64.getEncoder().encodeToString((s.proxyAuthUsername() + ":"
                + s.proxyAuthPassword()).getBytes(java.nio.charset.StandardCharsets.UTF_8));
        return java.util.List.of(s.proxyAuthPassword(), basic, "Basic " + basic);
    }

    /**
     * The transport's own credentials (the proxy's), so that text a server or proxy echoes back can be cleaned of them
     * like the API credentials. Never shown anywhere.
     */
    java.util.List<String> secrets() {
        return secrets;
    }

    /**
     * Sends a request and reads the whole response. I/O failures are thrown as they are (callers decide on retries);
     * a response over {@code maxResponseSize} is refused with {@link PipedriveResponseTooLargeException}, one not
     * complete within {@code responseDeadline} fails with {@link ResponseDeadlineExceededException}.
     */
    ApiResponse execute(BaseUri base, ApiRequest request, AuthProvider auth) throws IOException {
        return execute(base, request, auth, null);
    }

    /**
     * As {@link #execute(BaseUri, ApiRequest, AuthProvider)}, but a success (2xx) body that starts as a JSON object
     * is given to {@code successReader} while it streams instead of being read into bytes first (null: never). Any
     * other body (an error, HTML from a proxy, an array) is read into bytes as usual.
     */
    ApiResponse execute(BaseUri base, ApiRequest request, AuthProvider auth, SuccessBodyReader successReader)
            throws IOException {
        HttpUriRequestBase httpRequest = base.request(request.method(), request.pathAndQuery());
        httpRequest.addHeader("Accept", "application/json");
        auth.apply(httpRequest::addHeader);
        if (request.jsonBody() != null) {
            httpRequest.setEntity(new ByteArrayEntity(request.jsonBody(), ContentType.APPLICATION_JSON));
        }
        if (LOG.isDebugEnabled()) {
            LOG.debug("Sending {}", request);
        }
        ApiResponse answer = send(httpRequest, request.toString(), successReader);
        if (LOG.isDebugEnabled()) {
            LOG.debug("Received HTTP {} for {} ({} bytes{})", answer.status(), request, answer.bodyLength(),
                    answer.streamed() != null ? ", bound while streaming" : "");
        }
        return answer;
    }

    /**
     * POSTs an {@code application/x-www-form-urlencoded} form to an absolute URL with HTTP Basic credentials (the
     * OAuth token endpoint). Nothing of the form or the credentials is logged.
     */
    public ApiResponse postForm(String url, java.util.Map<String, String> form, String basicUser, String basicPassword)
            throws IOException {
        StringBuilder body = new StringBuilder();
        form.forEach((k, v) -> body.append(body.length() == 0 ? "" : "&")
                .append(java.net.URLEncoder.encode(k, java.nio.charset.StandardCharsets.UTF_8)).append('=')
                .append(java.net.URLEncoder.encode(v, java.nio.charset.StandardCharsets.UTF_8)));
        String basic = java.util.Base64.getEncoder().encodeToString((basicUser + ":" + basicPassword)
                .getBytes(java.nio.charset.StandardCharsets.UTF_8));
        HttpUriRequestBase httpRequest = new HttpUriRequestBase("POST", URI.create(url));
        httpRequest.addHeader("Accept", "application/json");
        httpRequest.addHeader("Authorization", "Basic " + basic);
        httpRequest.setEntity(new ByteArrayEntity(body.toString().getBytes(java.nio.charset.StandardCharsets.UTF_8),
                ContentType.APPLICATION_FORM_URLENCODED));
        LOG.debug("Requesting an OAuth access token");
        return send(httpRequest, "OAuth token request", null);
    }

    /** Executes under the response deadline and reads the response within the size limit. */
    private ApiResponse send(HttpUriRequestBase httpRequest, String description, SuccessBodyReader successReader)
            throws IOException {
        ResponseDeadlines.InFlight deadline = deadlines == null ? null : deadlines.start(httpRequest);
        try {
            return client.execute(httpRequest, response -> read(response, httpRequest, description, successReader));
        } catch (IOException e) {
            if (deadline != null && deadline.expired()) {
                ResponseDeadlineExceededException exceeded = new ResponseDeadlineExceededException(
                        responseDeadlineMillis);
                exceeded.initCause(e);
                throw exceeded;
            }
            throw e;
        } finally {
            if (deadline != null) {
                deadlines.finish(deadline);
            }
        }
    }

    /** Status, headers (not copied) and the whole body, read once and at most {@code maxResponseSize} bytes. */
    private ApiResponse read(ClassicHttpResponse response, HttpUriRequestBase httpRequest, String description,
                             SuccessBodyReader successReader) throws IOException {
        HttpEntity entity = response.getEntity();
        HttpHeadersView headers = new HttpHeadersView(response.getHeaders());
        if (entity == null) {
            return new ApiResponse(response.getCode(), headers, new byte[0], null);
        }
        long declared = entity.getContentLength();
        if (declared > maxResponseSize) {
            httpRequest.cancel();
            throw new PipedriveResponseTooLargeException(description, maxResponseSize,
                    "its Content-Length of " + declared + " bytes");
        }
        InputStream content = entity.getContent();
        if (content == null) {
            return new ApiResponse(response.getCode(), headers, new byte[0], entity.getContentType());
        }
        LimitedBody limited = new LimitedBody(content, maxResponseSize, httpRequest::cancel, description);
        try (PushbackInputStream in = new PushbackInputStream(limited, PEEK_LIMIT)) {
            if (successReader != null && response.getCode() / 100 == 2 && startsWithObject(in)) {
                ApiResponse head = new ApiResponse(response.getCode(), headers, new byte[0], entity.getContentType());
                StreamedData streamed = successReader.read(head, in, limited::count);
                // what follows the JSON object is read through the count too, so the size limit holds for all of it
                in.transferTo(OutputStream.nullOutputStream());
                return head.withStreamed(streamed);
            }
            byte[] body = declared >= 0 && declared <= INITIAL_BUFFER_LIMIT ? readDeclared(in, (int) declared)
                    : readAll(in, declared);
            return new ApiResponse(response.getCode(), headers, body, entity.getContentType());
        }
    }

    /** The most leading whitespace looked through for the start of a JSON object. */
    private static final int PEEK_LIMIT = 64;

    /**
     * Whether the body's first byte after some whitespace is {@code '{'}; what was looked at is pushed back, so the
     * body reads from its start either way.
     */
    private static boolean startsWithObject(PushbackInputStream in) throws IOException {
        byte[] seen = new byte[PEEK_LIMIT];
        int n = 0;
        int b;
        while (n < PEEK_LIMIT && (b = in.read()) >= 0) {
            seen[n++] = (byte) b;
            if (b != ' ' && b != '\t' && b != '\r' && b != '\n') {
                break;
            }
        }
        in.unread(seen, 0, n);
        return n > 0 && seen[n - 1] == '{';
    }

    /** A body of unknown (or large declared) length: grows as bytes arrive, within the limit LimitedBody holds. */
    private static byte[] readAll(InputStream in, long declared) throws IOException {
        // sized from Content-Length when known, but never a large allocation on a server's word
        ByteArrayOutputStream out = new ByteArrayOutputStream((int) Math.min(declared < 0 ? 8192 : declared,
                INITIAL_BUFFER_LIMIT));
        in.transferTo(out);
        return out.toByteArray();
    }

    /**
     * The common case, a body whose length is declared (and already checked against the limit): read into one array
     * of that size, with no intermediate buffer and no copy. HttpClient's stream ends at the declared length (a
     * decompressed body declares none and takes the general path).
     */
    private static byte[] readDeclared(InputStream in, int declared) throws IOException {
        byte[] body = new byte[declared];
        int read = in.readNBytes(body, 0, declared);
        if (read < declared) {
            return java.util.Arrays.copyOf(body, read); // shorter than declared: what arrived
        }
        return body;
    }

    @Override
    public void close() throws IOException {
        if (deadlines != null) {
            deadlines.close();
        }
        client.close();
    }
}
