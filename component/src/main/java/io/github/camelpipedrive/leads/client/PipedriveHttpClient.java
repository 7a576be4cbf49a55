package io.github.camelpipedrive.leads.client;

import io.github.camelpipedrive.leads.exception.PipedriveLeadsException;

import java.io.Closeable;
import java.io.IOException;
import java.net.URI;

import javax.net.ssl.SSLContext;

import org.apache.camel.CamelContext;
import org.apache.hc.client5.http.auth.AuthScope;
import org.apache.hc.client5.http.auth.UsernamePasswordCredentials;
import org.apache.hc.client5.http.config.ConnectionConfig;
import org.apache.hc.client5.http.config.RequestConfig;
import org.apache.hc.client5.http.impl.auth.BasicCredentialsProvider;
import org.apache.hc.client5.http.impl.classic.CloseableHttpClient;
import org.apache.hc.client5.http.impl.classic.HttpClientBuilder;
import org.apache.hc.client5.http.impl.classic.HttpClients;
import org.apache.hc.client5.http.impl.io.PoolingHttpClientConnectionManager;
import org.apache.hc.client5.http.impl.io.PoolingHttpClientConnectionManagerBuilder;
import org.apache.hc.client5.http.ssl.DefaultClientTlsStrategy;
import org.apache.hc.core5.http.ClassicHttpRequest;
import org.apache.hc.core5.http.ContentType;
import org.apache.hc.core5.http.Header;
import org.apache.hc.core5.http.HttpEntity;
import org.apache.hc.core5.http.HttpHost;
import org.apache.hc.core5.http.io.entity.ByteArrayEntity;
import org.apache.hc.core5.http.io.entity.EntityUtils;
import org.apache.hc.core5.http.io.support.ClassicRequestBuilder;
import org.apache.hc.core5.util.Timeout;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The HTTP transport: one pooled Apache HttpClient 5 with keep-alive, timeouts, proxy and TLS settings. HttpClient's
 * own retries, redirects and {@code Retry-After} handling are off: the component owns retry policy.
 */
public final class PipedriveHttpClient implements Closeable {

    private static final Logger LOG = LoggerFactory.getLogger(PipedriveHttpClient.class);

    private final CloseableHttpClient client;

    public PipedriveHttpClient(TransportSettings settings, CamelContext camelContext) {
        this.client = build(settings, camelContext);
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
        }
        PoolingHttpClientConnectionManager manager = cm.build();
        HttpClientBuilder builder = HttpClients.custom()
                .setConnectionManager(manager)
                .setDefaultRequestConfig(RequestConfig.custom()
                        .setConnectionRequestTimeout(Timeout.ofMilliseconds(s.connectionRequestTimeoutMillis()))
                        .setResponseTimeout(Timeout.ofMilliseconds(s.responseTimeoutMillis()))
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
            }
        }
        if (s.httpClientConfigurer() != null) {
            s.httpClientConfigurer().configureHttpClient(builder);
        }
        return builder.build();
    }

    /**
     * Sends a request and reads the whole response. I/O failures are thrown as they are (callers decide on retries).
     */
    public ApiResponse execute(String baseUrl, ApiRequest request, AuthProvider auth) throws IOException {
        URI uri = URI.create(stripTrailingSlash(baseUrl) + request.pathAndQuery());
        ClassicRequestBuilder rb = ClassicRequestBuilder.create(request.method()).setUri(uri)
                .addHeader("Accept", "application/json");
        auth.apply(rb::addHeader);
        if (request.jsonBody() != null) {
            rb.setEntity(new ByteArrayEntity(request.jsonBody(), ContentType.APPLICATION_JSON));
        }
        ClassicHttpRequest httpRequest = rb.build();
        if (LOG.isDebugEnabled()) {
            LOG.debug("Sending {}", request);
        }
        return client.execute(httpRequest, response -> {
            ApiResponse answer = read(response);
            if (LOG.isDebugEnabled()) {
                LOG.debug("Received HTTP {} for {} ({} bytes)", answer.status(), request, answer.body().length);
            }
            return answer;
        });
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
        ClassicHttpRequest httpRequest = ClassicRequestBuilder.post(URI.create(url))
                .addHeader("Accept", "application/json")
                .addHeader("Authorization", "Basic " + basic)
                .setEntity(new ByteArrayEntity(body.toString().getBytes(java.nio.charset.StandardCharsets.UTF_8),
                        ContentType.APPLICATION_FORM_URLENCODED))
                .build();
        LOG.debug("Requesting an OAuth access token");
        return client.execute(httpRequest, PipedriveHttpClient::read);
    }

    /** Status, headers (not copied) and the whole body, read once. */
    private static ApiResponse read(org.apache.hc.core5.http.ClassicHttpResponse response) throws IOException {
        HttpEntity entity = response.getEntity();
        // EntityUtils sizes its buffer from Content-Length: fewer copies than InputStream.readAllBytes
        byte[] body = entity == null ? new byte[0] : EntityUtils.toByteArray(entity);
        return new ApiResponse(response.getCode(), new HttpHeadersView(response.getHeaders()), body,
                entity == null ? null : entity.getContentType());
    }

    private static String stripTrailingSlash(String url) {
        return url.endsWith("/") ? url.substring(0, url.length() - 1) : url;
    }

    @Override
    public void close() throws IOException {
        client.close();
    }
}
