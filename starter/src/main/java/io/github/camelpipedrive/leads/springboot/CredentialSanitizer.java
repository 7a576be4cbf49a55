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

import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;

import org.springframework.boot.actuate.endpoint.SanitizableData;
import org.springframework.boot.actuate.endpoint.SanitizingFunction;

/**
 * Masks the component's credentials in Spring Boot actuator's {@code env} and {@code configprops} endpoints even when
 * an application shows values ({@code management.endpoint.env.show-values=always}): from Spring Boot 3 on, shown values
 * are masked only by {@link SanitizingFunction}s, not by name. A key is a credential when its last segment, without
 * dashes and in lower case, is one of the component's secret options ({@code api-token}, {@code apiToken}, ...): the
 * configprops endpoint names a property by its last segment only.
 */
public final class CredentialSanitizer implements SanitizingFunction {

    private static final Set<String> SECRET_NAMES = PipedriveLeadsComponentConfiguration.SECRET_OPTION_NAMES.stream()
            .map(CredentialSanitizer::normalized).collect(Collectors.toUnmodifiableSet());

    @Override
    public SanitizableData apply(SanitizableData data) {
        String key = data.getKey();
        if (key == null || data.getValue() == null) {
            return data;
        }
        String name = key.substring(key.lastIndexOf('.') + 1);
        boolean ours = key.indexOf('.') < 0 || key.toLowerCase(Locale.ROOT)
                .startsWith(PipedriveLeadsComponentAutoConfiguration.PREFIX + ".");
        return ours && SECRET_NAMES.contains(normalized(name)) ? data.withSanitizedValue() : data;
    }

    private static String normalized(String name) {
        return name.replace("-", "").toLowerCase(Locale.ROOT);
    }
}
