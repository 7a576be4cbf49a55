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
 * dashes and in lower case, is one of the component's secret options ({@code api-token}, {@code apiToken}, ...), also
 * when it comes as an environment variable, and any key naming Pipedrive and a token, secret or password (the
 * README's {@code PIPEDRIVE_API_TOKEN}) ({@link #isCredential}).
 */
public final class CredentialSanitizer implements SanitizingFunction {

    private static final Set<String> SECRET_NAMES = PipedriveLeadsComponentConfiguration.SECRET_OPTION_NAMES.stream()
            .map(CredentialSanitizer::squeezed).collect(Collectors.toUnmodifiableSet());

    private static final String SQUEEZED_PREFIX = squeezed(PipedriveLeadsComponentAutoConfiguration.PREFIX);

    @Override
    public SanitizableData apply(SanitizableData data) {
        String key = data.getKey();
        if (key == null || data.getValue() == null) {
            return data;
        }
        return isCredential(key) ? data.withSanitizedValue() : data;
    }

    /**
     * Whether a property key names one of the component's credentials, however it is written: a property
     * ({@code camel.component.pipedrive-leads.api-token}, {@code ...pipedriveLeads.apiToken}), an environment
     * variable ({@code CAMEL_COMPONENT_PIPEDRIVELEADS_APITOKEN}), or configprops' bare property name
     * ({@code apiToken}).
     */
    static boolean isCredential(String key) {
        String squeezed = squeezed(key);
        if (squeezed.startsWith(SQUEEZED_PREFIX)) {
            return SECRET_NAMES.contains(squeezed.substring(SQUEEZED_PREFIX.length()));
        }
        if (squeezed.contains("pipedrive") && (squeezed.contains("token") || squeezed.contains("secret")
                                               || squeezed.contains("password"))) {
            // a variable of the user's own naming that feeds an option, as the README's PIPEDRIVE_API_TOKEN
            return true;
        }
        return key.indexOf('.') < 0 && key.indexOf('_') < 0 && SECRET_NAMES.contains(squeezed);
    }

    /** Lower case letters and digits only: how Spring's relaxed binding compares names. */
    private static String squeezed(String name) {
        StringBuilder out = new StringBuilder(name.length());
        for (char c : name.toLowerCase(Locale.ROOT).toCharArray()) {
            if (c >= 'a' && c <= 'z' || c >= '0' && c <= '9') {
                out.append(c);
            }
        }
        return out.toString();
    }
}
