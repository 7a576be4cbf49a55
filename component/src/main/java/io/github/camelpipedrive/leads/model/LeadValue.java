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

import java.math.BigDecimal;
import java.util.Objects;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * The potential value of a lead. Pipedrive requires both the amount and the ISO 4217 currency code whenever a value is
 * given.
 */
public final class LeadValue {

    private final BigDecimal amount;
    private final String currency;

    /**
     * Creates a value.
     *
     * @param amount   the amount, for example {@code 5000}
     * @param currency the three-letter currency code, for example {@code EUR}
     */
    @JsonCreator
    public LeadValue(@JsonProperty("amount") BigDecimal amount, @JsonProperty("currency") String currency) {
        this.amount = amount;
        this.currency = currency;
    }

    /**
     * Shorthand for {@code new LeadValue(BigDecimal.valueOf(amount), currency)}.
     */
    public static LeadValue of(long amount, String currency) {
        return new LeadValue(BigDecimal.valueOf(amount), currency);
    }

    /** The amount. */
    public BigDecimal getAmount() {
        return amount;
    }

    /** The ISO 4217 currency code. */
    public String getCurrency() {
        return currency;
    }

    @Override
    public boolean equals(Object o) {
        if (!(o instanceof LeadValue)) {
            return false;
        }
        LeadValue other = (LeadValue) o;
        return Objects.equals(amount == null ? null : amount.stripTrailingZeros(),
                other.amount == null ? null : other.amount.stripTrailingZeros())
                && Objects.equals(currency, other.currency);
    }

    @Override
    public int hashCode() {
        return Objects.hash(amount == null ? null : amount.stripTrailingZeros(), currency);
    }

    @Override
    public String toString() {
        return amount + " " + currency;
    }
}
