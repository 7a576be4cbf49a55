package io.github.camelpipedrive.leads.producer;

import java.util.ArrayList;
import java.util.List;

import com.fasterxml.jackson.databind.JavaType;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.camelpipedrive.leads.PipedriveLeadsOperation;
import io.github.camelpipedrive.leads.client.ApiResult;
import io.github.camelpipedrive.leads.client.PipedriveLeadsException;

/**
 * Maps the {@code data} of a response onto the operation's typed result (a model or a list of models).
 */
public final class ResultMapper {

    private final ObjectMapper mapper;

    public ResultMapper(ObjectMapper mapper) {
        this.mapper = mapper;
    }

    /** The typed result of a response, bound in one pass where the shape allows. */
    public Object map(PipedriveLeadsOperation op, ApiResult result) {
        if (op == PipedriveLeadsOperation.searchLeads) {
            return map(op, result.data()); // data: {items: [...]}
        }
        JavaType type = op.isListResult()
                ? mapper.getTypeFactory().constructCollectionType(List.class, op.resultType())
                : mapper.getTypeFactory().constructType(op.resultType());
        Object value = result.readData(type);
        return value == null && op.isListResult() ? new ArrayList<>() : value;
    }

    /** The typed result; null when {@code data} is null; a list result is never null. */
    public Object map(PipedriveLeadsOperation op, JsonNode data) {
        try {
            if (op.isListResult()) {
                if (data == null || data.isNull()) {
                    return new ArrayList<>();
                }
                JavaType type = mapper.getTypeFactory().constructCollectionType(List.class, op.resultType());
                // search answers {items: [...]}; every other list is the array itself
                JsonNode items = data.isObject() && data.has("items") ? data.get("items") : data;
                return mapper.readerFor(type).readValue(items);
            }
            if (data == null || data.isNull()) {
                return null;
            }
            // reading straight from the tree is cheaper than convertValue's round trip through a token buffer
            return mapper.readerFor(op.resultType()).readValue(data);
        } catch (IllegalArgumentException | java.io.IOException e) {
            throw new PipedriveLeadsException("Cannot read the " + op.name() + " response as "
                                              + op.resultType().getSimpleName() + ": " + e.getMessage(), e);
        }
    }
}
