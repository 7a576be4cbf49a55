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
package io.github.camelpipedrive.leads.producer;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.regex.Pattern;

import io.github.camelpipedrive.leads.model.CustomFields;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * {@link Ids#isUuid} and {@link CustomFields#isCustomFieldKey} check characters by hand (no matcher per call); they
 * must accept and refuse exactly what the regular expressions they replaced did.
 */
class IdAndKeyRecognitionTest {

    private static final Pattern UUID = Pattern.compile(
            "^[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}$");
    private static final Pattern KEY = Pattern.compile("^[0-9a-f]{40}(_[a-z_]+)?$");
    private static final String HEX = "0123456789abcdef";

    @Test
    void uuidCheckAgreesWithTheRegex() {
        List<String> cases = new ArrayList<>(List.of("", "adf21080-0e10-11eb-879b-05d71fb426ec",
                "ADF21080-0E10-11EB-879B-05D71FB426EC", "adf21080-0e10-11eb-879b-05d71fb426ec\n",
                "adf21080-0e10-11eb-879b-05d71fb426e", "adf21080-0e10-11eb-879b-05d71fb426ecc",
                "adf21080_0e10-11eb-879b-05d71fb426ec", "adf21080-0e10-11eb-879b-05d71fb426eg",
                "../21080-0e10-11eb-879b-05d71fb426ec", "adf21080-0e10-11eb-879b-05d71fb4%2F"));
        Random random = new Random(18);
        String alphabet = "0123456789abcdefABCDEFgG-_/%\n ";
        for (int n = 0; n < 5000; n++) {
            StringBuilder sb = new StringBuilder("adf21080-0e10-11eb-879b-05d71fb426ec");
            sb.setCharAt(random.nextInt(36), alphabet.charAt(random.nextInt(alphabet.length())));
            cases.add(sb.toString());
        }
        for (String text : cases) {
            assertThat(Ids.isUuid(text)).as("isUuid(%s)", text).isEqualTo(UUID.matcher(text).matches());
        }
        assertThat(Ids.isUuid(null)).isFalse();
    }

    @Test
    void customFieldKeyCheckAgreesWithTheRegex() {
        String key = "d4de1c1518b4531717c676029a45911c340390a6";
        List<String> cases = new ArrayList<>(List.of("", key, key + "_currency", key + "_", key + "__x",
                key + "_Currency", key + "currency", key + "_currency\n", key.toUpperCase(), key.substring(1),
                "x" + key, key + "_until_date", key + "_cur1", "title", "value"));
        Random random = new Random(18);
        String alphabet = HEX + "ABFgz_ \n";
        for (int n = 0; n < 5000; n++) {
            StringBuilder sb = new StringBuilder(key + (random.nextBoolean() ? "_currency" : ""));
            sb.setCharAt(random.nextInt(sb.length()), alphabet.charAt(random.nextInt(alphabet.length())));
            cases.add(sb.toString());
        }
        for (String text : cases) {
            assertThat(CustomFields.isCustomFieldKey(text)).as("isCustomFieldKey(%s)", text)
                    .isEqualTo(KEY.matcher(text).matches());
        }
        assertThat(CustomFields.isCustomFieldKey(null)).isFalse();
    }
}
