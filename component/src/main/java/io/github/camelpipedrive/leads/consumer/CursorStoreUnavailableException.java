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
package io.github.camelpipedrive.leads.consumer;

import io.github.camelpipedrive.leads.exception.PipedriveStateException;

/**
 * The consumer's state repository cannot be reached (its database is down or unreachable): what it holds is
 * unknown, not unreadable. The consumer keeps running and tries again at the next poll, reading nothing from Pipedrive
 * meanwhile.
 */
final class CursorStoreUnavailableException extends PipedriveStateException {

    private static final long serialVersionUID = 1L;

    CursorStoreUnavailableException(String message, Throwable cause) {
        super(message, cause);
    }
}
