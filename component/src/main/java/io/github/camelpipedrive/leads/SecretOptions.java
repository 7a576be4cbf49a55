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
package io.github.camelpipedrive.leads;

import java.lang.reflect.Field;
import java.util.Arrays;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import org.apache.camel.spi.UriParam;

/**
 * The options marked {@code secret} in {@link PipedriveLeadsConfiguration}, and URIs with their values masked. Camel's
 * own masking depends on its version (4.14 does not know {@code apiToken}) and on the JMX mask setting; endpoint names
 * built from this never carry a credential.
 */
final class SecretOptions {

    static final Set<String> NAMES = Arrays.stream(PipedriveLeadsConfiguration.class.getDeclaredFields())
            .filter(f -> f.isAnnotationPresent(UriParam.class) && f.getAnnotation(UriParam.class).secret())
            .map(Field::getName).collect(Collectors.toUnmodifiableSet());

    /** {@link #NAMES} as {@link #normalized} gives them. */
    private static final Set<String> NORMALIZED_NAMES = NAMES.stream().map(SecretOptions::normalized)
            .collect(Collectors.toUnmodifiableSet());

    /** name=value in a query, where the value may be RAW(...) or RAW{...} (which can hold '&'). */
    private static final Pattern OPTION = Pattern.compile("([?&])([^=&]+)=(RAW\\(.*?\\)(?=&|$)|RAW\\{.*?\\}(?=&|$)|[^&]*)");

    static final String MASK = "xxxxxx";

    private SecretOptions() {
    }

    /** The URI with the value of every secret option replaced by {@value #MASK}. */
    static String mask(String uri) {
        if (uri == null || uri.indexOf('?') < 0) {
            return uri;
        }
        Matcher m = OPTION.matcher(uri);
        StringBuilder out = new StringBuilder();
        while (m.find()) {
            String value = isSecret(m.group(2)) ? MASK : m.group(3);
            m.appendReplacement(out, Matcher.quoteReplacement(m.group(1) + m.group(2) + "=" + value));
        }
        m.appendTail(out);
        return out.toString();
    }

    /**
     * Whether a URI query name binds to a secret option. Camel binds an option whatever the case of its name, with
     * dashes ({@code api-token}) and percent-encoded letters, so all those spellings are secret too.
     */
    static boolean isSecret(String queryName) {
        return NORMALIZED_NAMES.contains(normalized(queryName));
    }

    /**
     * An option name as Camel matches it: any case, dashes ignored, percent-encoded letters decoded ({@code api-token},
     * {@code APITOKEN} and {@code %61piToken} are {@code apiToken}).
     */
    static String normalized(String name) {
        String decoded;
        try {
            decoded = java.net.URLDecoder.decode(name, java.nio.charset.StandardCharsets.UTF_8);
        } catch (IllegalArgumentException notEncoded) {
            decoded = name;
        }
        return decoded.replace("-", "").toLowerCase(java.util.Locale.ROOT);
    }
}
