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

import java.lang.management.ManagementFactory;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * {@link CanonicalStrings}: the same instance for the same text, the right text always (when values share a slot,
 * from several threads at once, from every kind of parser), and nothing built for a cache hit.
 */
class CanonicalStringsTest {

    private final CanonicalStrings strings = new CanonicalStrings();

    @Test
    void equalTextGivesTheSameInstance() {
        String first = get("EUR");
        String second = strings.get("xxEURyy".toCharArray(), 2, 3); // same text at another offset of another array

        assertThat(first).isEqualTo("EUR");
        assertThat(second).isSameAs(first);
        assertThat(get("USD")).isEqualTo("USD").isNotSameAs(first);
        assertThat(get("")).isEqualTo("").isSameAs(get(""));
    }

    @Test
    void textsSharingASlotAreBothRight() {
        String other = sameSlotAs("Manually created");
        assertThat(other).isNotEqualTo("Manually created");

        String first = get("Manually created");
        assertThat(get(other)).isEqualTo(other); // takes the slot over
        String again = get("Manually created");

        assertThat(again).isEqualTo("Manually created").isNotSameAs(first); // a miss, then cached anew
        assertThat(get("Manually created")).isSameAs(again);
        // same length, same slot, other characters: compared character by character, never taken for each other
        String sameLength = sameSlotAs("USD", 3);
        assertThat(get("USD")).isEqualTo("USD");
        assertThat(get(sameLength)).isEqualTo(sameLength);
        assertThat(get("USD")).isEqualTo("USD");
    }

    @Test
    void textLongerThanTheLimitIsNotCached() {
        String longest = "a".repeat(CanonicalStrings.MAX_LENGTH);
        String tooLong = "b".repeat(CanonicalStrings.MAX_LENGTH + 1);

        assertThat(get(longest)).isEqualTo(longest).isSameAs(get(longest));
        assertThat(get(tooLong)).isEqualTo(tooLong).isNotSameAs(get(tooLong));
    }

    @Test
    void readsTheTokenOfEveryKindOfParser() throws Exception {
        String longText = "long ".repeat(2_000); // longer than the limit, and than one segment of the parser's buffer
        String json = "[\"EUR\",\"caf\\u00e9 \\\"q\\\"\",\"\u65e5\u672c\",\"EUR\",\"caf\\u00e9 \\\"q\\\"\",\""
                      + longText + "\",\"" + longText + "\"]";
        List<String> expected = List.of("EUR", "caf\u00e9 \"q\"", "\u65e5\u672c", "EUR", "caf\u00e9 \"q\"", longText,
                longText);
        ObjectMapper mapper = Json.newMapper();
        List<JsonParser> parsers = List.of(
                mapper.createParser(json.getBytes(StandardCharsets.UTF_8)), // UTF8StreamJsonParser: what ApiResult reads
                mapper.createParser(json), // ReaderBasedJsonParser: text at an offset of its input buffer
                mapper.readTree(json).traverse()); // a tree: no character buffer, the String as is
        for (int p = 0; p < parsers.size(); p++) {
            try (JsonParser parser = parsers.get(p)) {
                List<String> read = new ArrayList<>();
                assertThat(parser.nextToken()).isEqualTo(JsonToken.START_ARRAY);
                while (parser.nextToken() == JsonToken.VALUE_STRING) {
                    read.add(strings.read(parser));
                }
                assertThat(read).as(parser.getClass().getSimpleName()).isEqualTo(expected);
                if (p < 2) { // the streaming parsers: "EUR" twice is one instance
                    assertThat(read.get(3)).as(parser.getClass().getSimpleName()).isSameAs(read.get(0));
                }
                assertThat(read.get(6)).isNotSameAs(read.get(5)); // long text is not cached
            }
        }
    }

    @Test
    void aCacheHitBuildsNoString() throws Exception {
        com.sun.management.ThreadMXBean threads =
                (com.sun.management.ThreadMXBean) ManagementFactory.getThreadMXBean();
        assumeTrue(threads.isThreadAllocatedMemorySupported(), "per-thread allocation counting not supported");
        threads.setThreadAllocatedMemoryEnabled(true);
        int values = 2_000;
        byte[] json = ("[" + String.join(",", Collections.nCopies(values, "\"Manually created\"")) + "]")
                .getBytes(StandardCharsets.UTF_8);
        JsonFactory factory = Json.newMapper().getFactory();
        readAll(factory, json); // parser classes loaded, the value cached

        long before = threads.getCurrentThreadAllocatedBytes();
        int read = readAll(factory, json);
        long allocated = threads.getCurrentThreadAllocatedBytes() - before;

        assertThat(read).isEqualTo(values);
        // a String of 16 Latin-1 characters is 56 bytes (24 + a 32-byte array): one per value would be 112,000 bytes;
        // what remains is the parser's own (created for this read), measured at 4,152 bytes (JDK 17)
        assertThat(allocated).isLessThan(values * 8L);
    }

    private int readAll(JsonFactory factory, byte[] json) throws Exception {
        int read = 0;
        try (JsonParser parser = factory.createParser(json)) {
            parser.nextToken();
            String first = null;
            while (parser.nextToken() == JsonToken.VALUE_STRING) {
                String value = strings.read(parser);
                first = first == null ? value : first;
                if (value != first) {
                    throw new AssertionError("not the cached instance: " + value);
                }
                read++;
            }
        }
        return read;
    }

    @Test
    void threadsSharingTheCacheAlwaysGetTheirText() throws Exception {
        // more distinct values than slots, so threads keep replacing each other's entries in the same slots
        List<String> values = new ArrayList<>();
        for (int i = 0; i < CanonicalStrings.SLOTS * 4; i++) {
            values.add(i % 7 == 0 ? "x".repeat(CanonicalStrings.MAX_LENGTH - 2) + i : "label-" + i);
        }
        int threads = 4;
        CountDownLatch start = new CountDownLatch(1);
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        try {
            List<Callable<Integer>> tasks = new ArrayList<>();
            for (int t = 0; t < threads; t++) {
                long seed = t;
                tasks.add(() -> {
                    Random random = new Random(seed);
                    char[] buffer = new char[CanonicalStrings.MAX_LENGTH + 8];
                    start.await();
                    int wrong = 0;
                    for (int i = 0; i < 50_000; i++) {
                        String expected = values.get(random.nextInt(values.size()));
                        int offset = random.nextInt(4);
                        expected.getChars(0, expected.length(), buffer, offset);
                        if (!expected.equals(strings.get(buffer, offset, expected.length()))) {
                            wrong++;
                        }
                    }
                    return wrong;
                });
            }
            List<Future<Integer>> results = new ArrayList<>();
            for (Callable<Integer> task : tasks) {
                results.add(pool.submit(task));
            }
            start.countDown();
            for (Future<Integer> result : results) {
                assertThat(result.get(30, TimeUnit.SECONDS)).isZero();
            }
        } finally {
            pool.shutdownNow();
        }
    }

    private String get(String text) {
        char[] chars = (" " + text).toCharArray();
        return strings.get(chars, 1, text.length());
    }

    /** Another text that the cache puts in the same slot as {@code text}. */
    private static String sameSlotAs(String text) {
        int slot = CanonicalStrings.slot(text.toCharArray(), 0, text.length());
        for (int i = 0; ; i++) {
            String candidate = "v" + i;
            if (CanonicalStrings.slot(candidate.toCharArray(), 0, candidate.length()) == slot) {
                return candidate;
            }
        }
    }

    /** Another text of the same length (upper-case letters) that the cache puts in the same slot. */
    private static String sameSlotAs(String text, int length) {
        int slot = CanonicalStrings.slot(text.toCharArray(), 0, text.length());
        char[] candidate = new char[length];
        for (int n = 0; ; n++) {
            for (int i = 0, rest = n; i < length; i++, rest /= 26) {
                candidate[i] = (char) ('A' + rest % 26);
            }
            String value = new String(candidate);
            if (!value.equals(text) && CanonicalStrings.slot(candidate, 0, length) == slot) {
                return value;
            }
        }
    }
}
