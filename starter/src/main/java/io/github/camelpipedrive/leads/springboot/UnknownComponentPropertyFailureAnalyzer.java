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
package io.github.camelpipedrive.leads.springboot;

import org.springframework.boot.diagnostics.AbstractFailureAnalyzer;
import org.springframework.boot.diagnostics.FailureAnalysis;

/**
 * Turns {@link UnknownComponentPropertyException} into Spring Boot's "APPLICATION FAILED TO START" report: the unknown
 * keys with where they were set and the likely option, instead of a stack trace.
 */
class UnknownComponentPropertyFailureAnalyzer extends AbstractFailureAnalyzer<UnknownComponentPropertyException> {

    @Override
    protected FailureAnalysis analyze(Throwable rootFailure, UnknownComponentPropertyException cause) {
        return new FailureAnalysis(cause.getDescription(),
                "Correct or remove the key(s): your IDE completes the valid keys, and the component reference lists every"
                + " option. To turn the pipedrive-leads auto-configuration off instead, set "
                + PipedriveLeadsComponentAutoConfiguration.PREFIX + ".enabled=false.", cause);
    }
}
