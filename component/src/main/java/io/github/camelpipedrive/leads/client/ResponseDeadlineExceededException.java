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

import java.io.InterruptedIOException;

/**
 * A request whose response was not complete within {@code responseDeadline}: the connection was aborted. A transport
 * failure like a read timeout (an idempotent request may be retried, a POST is not), but one that no trickle of bytes
 * can postpone: the socket timeout restarts with every byte, the deadline does not.
 */
public final class ResponseDeadlineExceededException extends InterruptedIOException {

    private static final long serialVersionUID = 1L;

    ResponseDeadlineExceededException(long deadlineMillis) {
        super("no complete response within responseDeadline of " + deadlineMillis + " ms; connection aborted");
    }
}
