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
package io.github.camelpipedrive.leads.exception;

/**
 * A response larger than {@code maxResponseSize} (counted after decompression, or announced by its
 * {@code Content-Length}): refused and the connection dropped before it could exhaust the heap. Pipedrive's largest
 * page is far below the default limit, so this means a broken or hostile server (or a proxy's error page gone wild).
 * Not retried: the same request would get the same answer.
 */
public class PipedriveResponseTooLargeException extends PipedriveLeadsException {

    private final long maxResponseSize;

    public PipedriveResponseTooLargeException(String request, long maxResponseSize, String detail) {
        super("Pipedrive " + request + ": response refused, " + detail + " exceeds maxResponseSize of "
              + maxResponseSize + " bytes");
        this.maxResponseSize = maxResponseSize;
    }

    /** The limit in bytes that the response exceeded. */
    public long getMaxResponseSize() {
        return maxResponseSize;
    }
}
