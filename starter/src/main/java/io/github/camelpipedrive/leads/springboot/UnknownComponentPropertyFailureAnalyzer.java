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
