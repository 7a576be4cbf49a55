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
package io.github.camelpipedrive.bench;

import java.io.ByteArrayInputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.JavaType;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.camelpipedrive.leads.client.Json;
import io.github.camelpipedrive.leads.model.Lead;

/**
 * Binds one page of 500 leads, fetched once from a sandbox, again and again with the component's mapper, as a
 * stream (how pages are read, see {@code SuccessBodyReader}), and prints the cost per lead of each round of 100,000
 * leads. It isolates binding from HTTP and Camel: run it with {@code -XX:StartFlightRecording} and read the
 * {@code jdk.Compilation} events to see what binding leads costs the JIT (docs/performance.md).
 *
 * <pre>
 * java -XX:StartFlightRecording=filename=parse.jfr -cp benchmarks/target/benchmarks.jar \
 *     io.github.camelpipedrive.bench.LeadParseProbe http://127.0.0.1:PORT sandbox-token 12
 * jfr print --events jdk.Compilation parse.jfr | grep -A8 LeadDeserializer
 * </pre>
 */
public final class LeadParseProbe {

    private static final org.slf4j.Logger LOG = org.slf4j.LoggerFactory.getLogger(LeadParseProbe.class);

    private LeadParseProbe() {
    }

    public static void main(String[] args) throws Exception {
        String baseUrl = args[0];
        String token = args[1];
        int rounds = args.length > 2 ? Integer.parseInt(args[2]) : 12;
        HttpResponse<byte[]> response = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
                URI.create(baseUrl + "/v1/leads?limit=500")).header("x-api-token", token).build(),
                HttpResponse.BodyHandlers.ofByteArray());
        byte[] page = response.body();
        ObjectMapper mapper = Json.newMapper();
        JavaType leads = mapper.getTypeFactory().constructCollectionType(List.class, Lead.class);
        for (int round = 1; round <= rounds; round++) {
            long t0 = System.nanoTime();
            long count = 0;
            while (count < 100_000) {
                count += bind(mapper, leads, page);
            }
            LOG.info("round {}: {} us per lead", round, String.format(java.util.Locale.ROOT, "%.2f",
                    (System.nanoTime() - t0) / 1e3 / count));
        }
    }

    /** The page's leads, read as a stream of its {@code data} member; the other members skipped or read as trees. */
    private static int bind(ObjectMapper mapper, JavaType leads, byte[] page) throws Exception {
        int count = 0;
        try (JsonParser parser = mapper.createParser(new ByteArrayInputStream(page))) {
            parser.nextToken();
            while (parser.nextToken() == JsonToken.FIELD_NAME) {
                String name = parser.currentName();
                parser.nextToken();
                if ("data".equals(name)) {
                    List<Lead> data = mapper.readValue(parser, leads);
                    count += data.size();
                } else if ("additional_data".equals(name)) {
                    mapper.readTree(parser);
                } else {
                    parser.skipChildren();
                }
            }
        }
        if (count == 0) {
            throw new IllegalStateException("the sandbox sent no leads: " + new String(page, 0,
                    Math.min(page.length, 200), java.nio.charset.StandardCharsets.UTF_8));
        }
        return count;
    }
}
