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

/**
 * Text from the other side (Pipedrive's {@code error}, a token endpoint's error) made safe for an exception message
 * that ends up in a log line: control characters (CR, LF, TAB, ESC, ...) and Unicode line and paragraph separators
 * become a space, so a crafted text cannot forge extra log lines or terminal escapes, and the length is capped so a
 * megabyte of error text does not become a megabyte of log. Callers keep the untouched text elsewhere.
 */
public final class SafeText {

    /** The longest foreign text copied into a message. */
    public static final int MAX_MESSAGE_TEXT = 500;

    private SafeText() {
    }

    /** The text with control characters replaced and cut to {@link #MAX_MESSAGE_TEXT} characters; null stays null. */
    public static String forMessage(String text) {
        if (text == null) {
            return null;
        }
        int length = text.length();
        int keep = Math.min(length, MAX_MESSAGE_TEXT);
        StringBuilder sb = new StringBuilder(keep + 40);
        for (int i = 0; i < keep; i++) {
            char c = text.charAt(i);
            int type = Character.getType(c);
            boolean unsafe = Character.isISOControl(c) || type == Character.LINE_SEPARATOR
                             || type == Character.PARAGRAPH_SEPARATOR || type == Character.FORMAT;
            sb.append(unsafe ? ' ' : c);
        }
        if (keep < length) {
            sb.append("... (").append(length - keep).append(" more characters)");
        }
        return sb.toString();
    }
}
