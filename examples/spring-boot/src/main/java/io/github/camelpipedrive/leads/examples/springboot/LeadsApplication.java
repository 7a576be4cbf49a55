package io.github.camelpipedrive.leads.examples.springboot;

import io.github.camelpipedrive.leads.sandbox.PipedriveSandbox;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;

/**
 * The Spring Boot example. The component is configured in application.properties through the
 * camel-pipedrive-leads-starter; without PIPEDRIVE_API_TOKEN the application first starts the embedded sandbox and
 * points the component at it.
 */
@SpringBootApplication
public class LeadsApplication {

    private static final Logger LOG = LoggerFactory.getLogger(LeadsApplication.class);

    public static void main(String[] args) {
        String token = System.getenv("PIPEDRIVE_API_TOKEN");
        if (token == null || token.isBlank()) {
            PipedriveSandbox sandbox = PipedriveSandbox.builder().seedLeads(3).build();
            System.setProperty("camel.component.pipedrive-leads.base-url", sandbox.start());
            System.setProperty("camel.component.pipedrive-leads.api-token", sandbox.apiToken());
            System.setProperty("camel.component.pipedrive-leads.start-from", "beginning");
            LOG.info("Using the embedded Pipedrive sandbox at {}", sandbox.baseUrl());
        }
        SpringApplication.run(LeadsApplication.class, args);
    }
}
