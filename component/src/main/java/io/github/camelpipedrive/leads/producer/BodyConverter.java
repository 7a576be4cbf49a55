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

import java.io.InputStream;
import java.util.Map;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.camelpipedrive.leads.client.Json;
import io.github.camelpipedrive.leads.exception.PipedriveValidationException;
import io.github.camelpipedrive.leads.model.LeadValue;
import io.github.camelpipedrive.leads.OperationRow;
import org.apache.camel.Exchange;

/**
 * Turns a message body (the typed request model, a {@code Map}, a JSON string or bytes, or the type the body column
 * adapts from, such as a Lead read earlier for updateLead) into the JSON object that will be sent, going through the
 * typed model so that its rules apply (for example: nulls dropped on create, explicit nulls kept on update).
 */
final class BodyConverter {

    private final ObjectMapper mapper;

    BodyConverter(ObjectMapper mapper) {
        // a fraction where the model holds an id or a count is refused, not cut: 1.5 would link person 1 (whole
        // numbers written as 3.0 are made integers first, see wholeNumbersAsIntegers); text after a JSON body is
        // refused, not dropped
        this.mapper = mapper.copy().disable(com.fasterxml.jackson.databind.DeserializationFeature.ACCEPT_FLOAT_AS_INT)
                .enable(com.fasterxml.jackson.databind.DeserializationFeature.FAIL_ON_TRAILING_TOKENS);
    }

    ObjectNode toJson(Exchange exchange, OperationRow.Body column, String operation) {
        Class<?> type = column.type();
        Object body = exchange.getMessage().getBody();
        if (body == null) {
            throw new PipedriveValidationException("body", operation + " needs a body: " + type.getSimpleName()
                                                           + ", a Map or a JSON object string");
        }
        Object model;
        try {
            if (type.isInstance(body)) {
                model = body;
            } else if (column.adaptedFrom() != null && column.adaptedFrom().isInstance(body)) {
                model = column.adapter().apply(body, mapper);
            } else if (body instanceof Map) {
                NestingDepth.require(body, Json.MAX_NESTING_DEPTH, "body");
                JsonNode tree = wholeNumbersAsIntegers(mapper.valueToTree(body));
                refuseKeysTheModelWouldDrop(tree, type);
                model = mapper.treeToValue(tree, type);
            } else if (body instanceof String || body instanceof byte[] || body instanceof InputStream) {
                String text = exchange.getContext().getTypeConverter().mandatoryConvertTo(String.class, exchange, body);
                JsonNode tree = readJson(text);
                if (tree == null || !tree.isObject()) {
                    throw new PipedriveValidationException("body", "must be a JSON object");
                }
                tree = wholeNumbersAsIntegers(tree);
                refuseKeysTheModelWouldDrop(tree, type);
                model = mapper.treeToValue(tree, type);
            } else {
                throw new PipedriveValidationException("body", "expected " + type.getSimpleName()
                                                               + ", a Map or a JSON object string but was "
                                                               + body.getClass().getName());
            }
        } catch (PipedriveValidationException e) {
            throw e;
        } catch (JsonMappingException e) {
            explainLeadValue(e);
            explainFraction(e);
            throw new PipedriveValidationException(propertyOf(e), "cannot be read as " + type.getSimpleName() + ": "
                                                                  + e.getOriginalMessage());
        } catch (JsonProcessingException e) {
            throw new PipedriveValidationException("body", "is not valid JSON for " + type.getSimpleName() + ": "
                                                           + e.getOriginalMessage());
        } catch (IllegalArgumentException e) {
            explainLeadValue(e);
            explainFraction(e);
            throw new PipedriveValidationException(propertyOf(e), "cannot be read as " + type.getSimpleName() + ": "
                                                                  + rootMessage(e));
        } catch (Exception e) {
            throw new PipedriveValidationException("body", "cannot be read: " + rootMessage(e));
        }
        return mapper.valueToTree(model);
    }

    /**
     * A model without an any-setter drops keys it does not declare: refuse them here, naming the key meant, rather
     * than sending a body without them (models that keep other keys are checked on the JSON to send).
     */
    private static void refuseKeysTheModelWouldDrop(JsonNode tree, Class<?> type) {
        if (tree instanceof ObjectNode && !RequestProperties.keepsOtherKeys(type)) {
            BodyValidator.rejectUnknownKeys((ObjectNode) tree, type, false);
        }
    }

    /**
     * A value given as a bare number or text ({@code "value": 100}) is the commonest mistake with the lead value:
     * Jackson's "Cannot construct instance of LeadValue" does not say what is expected, so say it.
     */
    private static void explainLeadValue(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (t instanceof MismatchedInputException && ((MismatchedInputException) t).getTargetType() == LeadValue.class) {
                throw new PipedriveValidationException(propertyOf(e), "must be an object with a numeric amount and a"
                        + " currency code, for example {\"amount\": 100, \"currency\": \"EUR\"}, not a bare"
                        + " number or text. Nothing was sent.");
            }
        }
    }

    private JsonNode readJson(String text) throws JsonProcessingException {
        try {
            return mapper.readTree(text);
        } catch (MismatchedInputException e) {
            if (e.getOriginalMessage() != null && e.getOriginalMessage().startsWith("Trailing token")) {
                throw new PipedriveValidationException("body", "is not valid JSON: something follows the JSON object"
                                                               + " (a second object or stray text). Nothing was sent.");
            }
            throw e;
        }
    }

    /**
     * The tree with every whole number written with a decimal point or an exponent ({@code 3.0}, {@code 1e0}, a
     * {@code Double} 3.0 in a Map built by a library that reads all numbers so) as an integer, so that only a real
     * fraction is refused where an id or a count belongs. Amounts and custom values keep their value.
     */
    static JsonNode wholeNumbersAsIntegers(JsonNode node) {
        if (node instanceof com.fasterxml.jackson.databind.node.ObjectNode object) {
            for (java.util.Iterator<Map.Entry<String, JsonNode>> it = object.fields(); it.hasNext();) {
                Map.Entry<String, JsonNode> field = it.next();
                field.setValue(wholeNumbersAsIntegers(field.getValue()));
            }
            return object;
        }
        if (node instanceof com.fasterxml.jackson.databind.node.ArrayNode array) {
            for (int i = 0; i < array.size(); i++) {
                array.set(i, wholeNumbersAsIntegers(array.get(i)));
            }
            return array;
        }
        if (node != null && node.isFloatingPointNumber() && (node.isBigDecimal() || Double.isFinite(node.doubleValue()))) {
            java.math.BigDecimal value = node.decimalValue();
            if (value.signum() == 0 || value.stripTrailingZeros().scale() <= 0) {
                java.math.BigInteger whole = value.toBigIntegerExact();
                return whole.bitLength() < 64 ? com.fasterxml.jackson.databind.node.LongNode.valueOf(whole.longValue())
                        : com.fasterxml.jackson.databind.node.BigIntegerNode.valueOf(whole);
            }
        }
        return node;
    }

    /** A number with a fraction where a whole number belongs: say so in the words the other body checks use. */
    private static void explainFraction(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (t instanceof com.fasterxml.jackson.databind.exc.InvalidFormatException invalid
                && invalid.getValue() instanceof Number && invalid.getTargetType() != null
                && (invalid.getTargetType().isPrimitive() || Number.class.isAssignableFrom(invalid.getTargetType()))) {
                throw new PipedriveValidationException(propertyOf(e), "must be a whole number, was "
                                                                      + invalid.getValue() + ". Nothing was sent.");
            }
        }
    }

    /** "body.<property>" for the property Jackson could not read (for example body.person_id), else "body". */
    private static String propertyOf(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (t instanceof JsonMappingException && !((JsonMappingException) t).getPath().isEmpty()) {
                StringBuilder field = new StringBuilder("body");
                for (JsonMappingException.Reference r : ((JsonMappingException) t).getPath()) {
                    field.append('.').append(r.getFieldName() != null ? r.getFieldName() : r.getIndex());
                }
                return field.toString();
            }
        }
        return "body";
    }

    private static String rootMessage(Throwable e) {
        Throwable t = e;
        while (t.getCause() != null && t.getCause() != t) {
            t = t.getCause();
        }
        String message = t instanceof JsonProcessingException
                ? ((JsonProcessingException) t).getOriginalMessage() : t.getMessage();
        return message == null ? t.getClass().getSimpleName() : message;
    }
}
