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
import java.io.InputStream;
import java.util.function.LongSupplier;

/**
 * Reads a success (2xx) body that starts as a JSON object while it streams from the connection, so that a page of
 * leads is bound without first being copied into a byte array of its own size.
 */
@FunctionalInterface
public interface SuccessBodyReader {

    /**
     * @param head      the response's (2xx) status and headers, without a body
     * @param body      the body, positioned at its start; limited to {@code maxResponseSize}
     * @param bytesRead how many bytes of the body were read so far
     * @throws IOException as the connection fails; content that cannot be read is a runtime exception
     */
    StreamedData read(ApiResponse head, InputStream body, LongSupplier bytesRead) throws IOException;
}
