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
 * Stored state (a consumer's cursor, an OAuth refresh token) that cannot be read or written. Raised instead of
 * treating unreadable state as "no state", which would silently restart a feed from {@code startFrom} or lose a
 * token. The message names the key and, when known, the file; it never contains the stored value.
 */
public class PipedriveStateException extends PipedriveLeadsException {

    public PipedriveStateException(String message) {
        super(message);
    }

    public PipedriveStateException(String message, Throwable cause) {
        super(message, cause);
    }
}
