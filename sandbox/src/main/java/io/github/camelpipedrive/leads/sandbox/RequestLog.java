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

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/** Every request line received (method, path, query; never a token), for test assertions. */
final class RequestLog {

    private final List<String> lines = new ArrayList<>();

    synchronized void record(SandboxRequest request) {
        lines.add(request.logLine());
    }

    synchronized List<String> lines() {
        return List.copyOf(lines);
    }

    synchronized int size() {
        return lines.size();
    }

    /** Counts lines whose method is {@code method} and whose path (query excluded) matches fully. */
    synchronized int count(String method, String pathRegex) {
        Pattern pattern = Pattern.compile(pathRegex);
        int n = 0;
        for (String line : lines) {
            int space = line.indexOf(' ');
            String path = line.substring(space + 1);
            int q = path.indexOf('?');
            if (q >= 0) {
                path = path.substring(0, q);
            }
            if (line.substring(0, space).equalsIgnoreCase(method) && pattern.matcher(path).matches()) {
                n++;
            }
        }
        return n;
    }

    synchronized void clear() {
        lines.clear();
    }
}
