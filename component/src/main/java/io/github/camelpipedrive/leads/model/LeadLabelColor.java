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
package io.github.camelpipedrive.leads.model;

import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;

import com.fasterxml.jackson.annotation.JsonValue;

/**
 * The colours Pipedrive accepts for lead labels.
 */
public enum LeadLabelColor {
    BLUE("blue"),
    BROWN("brown"),
    DARK_GRAY("dark-gray"),
    GRAY("gray"),
    GREEN("green"),
    ORANGE("orange"),
    PINK("pink"),
    PURPLE("purple"),
    RED("red"),
    YELLOW("yellow");

    private final String apiName;

    LeadLabelColor(String apiName) {
        this.apiName = apiName;
    }

    /** The name used on the wire, for example {@code dark-gray}. */
    @JsonValue
    public String apiName() {
        return apiName;
    }

    /** Whether the API accepts this colour name. */
    public static boolean isValid(String name) {
        return Arrays.stream(values()).anyMatch(c -> c.apiName.equals(name));
    }

    /** All colour names the API accepts. */
    public static List<String> apiNames() {
        return Arrays.stream(values()).map(LeadLabelColor::apiName).collect(Collectors.toList());
    }
}
