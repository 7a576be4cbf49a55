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
import java.io.Serializable;

import com.fasterxml.jackson.core.JsonParser;

/**
 * One String instance for string values that repeat from lead to lead ({@code source_name}, {@code origin}, label
 * ids, currencies...): a page of 500 leads carries a handful of distinct values, and creating each of them again for
 * every lead was a quarter of the bytes a bound lead cost (docs/performance.md, "Allocation per lead").
 *
 * <p>A small direct-mapped cache: the text's characters pick a slot; a slot holding the same characters gives its
 * String, any other outcome creates the String from the characters and puts it in the slot. Two values sharing a
 * slot just replace each other (each read still gives the right characters). Text longer than {@link #MAX_LENGTH}
 * is never cached. Only for values that repeat: unique ones (ids, titles) would only churn the slots.
 *
 * <p>Thread-safe without locks, for a deserializer that all threads of a mapper share. The slots are read and
 * written without synchronization, and that race is benign: a reference write is atomic, so a reader sees either
 * the slot's old String, or null, or a String another thread put there; a String is immutable with final fields,
 * so one seen through a race is fully built (JLS 17.5); and every String found is compared character by character
 * before it is returned. The worst a race does is a miss, and an equal String created once more.
 *
 * <p>A miss costs what reading without the cache costs (the String), plus the hash: unlike entries that keep a copy
 * of their characters (faster to compare), text that does not repeat costs no more memory than without the cache.
 * A hit costs about as much CPU as creating the String (some 15 to 20 ns for a label id, JDK 17): the gain is the
 * allocation, not the time of the read itself.
 */
final class CanonicalStrings implements Serializable {

    private static final long serialVersionUID = 1L;

    /** Longer text is created each time: repeating values are short, and comparing long text costs time. */
    static final int MAX_LENGTH = 64;

    /** A power of two: label ids, sources, origins and currencies of a company are far fewer. */
    static final int SLOTS = 512;

    private final String[] slots = new String[SLOTS];

    /**
     * The current VALUE_STRING token's text, from the parser's character buffer (no String built for a cache hit).
     * Parsers without such a buffer (a tree or a token buffer) give their String, as is.
     */
    String read(JsonParser p) throws IOException {
        if (!p.hasTextCharacters()) {
            return p.getText();
        }
        int length = p.getTextLength();
        if (length > MAX_LENGTH) {
            return p.getText(); // long text can span buffer segments, which getTextCharacters() would copy first
        }
        return get(p.getTextCharacters(), p.getTextOffset(), length);
    }

    /** The String of {@code chars[offset, offset + length)}: the cached instance when the slot holds it. */
    String get(char[] chars, int offset, int length) {
        if (length > MAX_LENGTH) {
            return new String(chars, offset, length);
        }
        int slot = slot(chars, offset, length);
        String cached = slots[slot];
        if (cached != null && sameText(cached, chars, offset, length)) {
            return cached;
        }
        String created = new String(chars, offset, length);
        slots[slot] = created;
        return created;
    }

    /** The slot of a text: String's polynomial hash, spread over the slots by a multiplicative (Fibonacci) hash. */
    static int slot(char[] chars, int offset, int length) {
        int hash = 0;
        for (int i = offset; i < offset + length; i++) {
            hash = 31 * hash + chars[i];
        }
        return (hash * 0x9E3779B9) >>> (Integer.SIZE - Integer.numberOfTrailingZeros(SLOTS));
    }

    private static boolean sameText(String cached, char[] chars, int offset, int length) {
        if (cached.length() != length) {
            return false;
        }
        for (int i = 0; i < length; i++) {
            if (cached.charAt(i) != chars[offset + i]) {
                return false;
            }
        }
        return true;
    }
}
