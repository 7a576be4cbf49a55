package io.github.camelpipedrive.leads;

import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.camelpipedrive.leads.client.Json;
import io.github.camelpipedrive.leads.client.PipedriveHttpClient;
import io.github.camelpipedrive.leads.client.TransportSettings;
import org.apache.camel.Endpoint;
import org.apache.camel.SSLContextParametersAware;
import org.apache.camel.spi.Metadata;
import org.apache.camel.spi.annotations.Component;
import org.apache.camel.support.HealthCheckComponent;
import org.apache.camel.util.IOHelper;

/**
 * The pipedrive-leads component: Camel routes to the Pipedrive Leads API. Options set here are the defaults of every
 * endpoint; endpoints with the same transport settings share one pooled HTTP client.
 */
@Component("pipedrive-leads")
public class PipedriveLeadsComponent extends HealthCheckComponent implements SSLContextParametersAware {

    @Metadata(description = "The shared configuration: component-level defaults of every endpoint option.")
    private PipedriveLeadsConfiguration configuration = new PipedriveLeadsConfiguration();

    @Metadata(label = "security", defaultValue = "false",
              description = "Use the global SSL context parameters when no sslContextParameters are set.")
    private boolean useGlobalSslContextParameters;

    private final Map<TransportSettings, PipedriveHttpClient> clients = new ConcurrentHashMap<>();
    private final ObjectMapper mapper = Json.newMapper();

    public PipedriveLeadsComponent() {
    }

    @Override
    protected Endpoint createEndpoint(String uri, String remaining, Map<String, Object> parameters) throws Exception {
        PipedriveLeadsConfiguration copy = configuration.copy();
        copy.setOperation(parseOperation(remaining));
        if (copy.getSslContextParameters() == null && useGlobalSslContextParameters) {
            copy.setSslContextParameters(retrieveGlobalSslContextParameters());
        }
        PipedriveLeadsEndpoint endpoint = new PipedriveLeadsEndpoint(uri, this, copy);
        setProperties(endpoint, parameters);
        return endpoint;
    }

    private static PipedriveLeadsOperation parseOperation(String remaining) {
        try {
            return PipedriveLeadsOperation.valueOf(remaining);
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("Unknown pipedrive-leads operation '" + remaining + "'. Valid: "
                                               + List.of(PipedriveLeadsOperation.values()));
        }
    }

    /** The pooled client for these settings, created on first use and closed when the component stops. */
    PipedriveHttpClient httpClient(TransportSettings settings) {
        return clients.computeIfAbsent(settings, s -> new PipedriveHttpClient(s, getCamelContext()));
    }

    /** The JSON mapper shared by all endpoints. */
    public ObjectMapper getMapper() {
        return mapper;
    }

    @Override
    protected void doStop() throws Exception {
        clients.values().forEach(IOHelper::close);
        clients.clear();
        super.doStop();
    }

    /**
     * The shared configuration: component-level defaults of every endpoint option.
     */
    public PipedriveLeadsConfiguration getConfiguration() {
        return configuration;
    }

    public void setConfiguration(PipedriveLeadsConfiguration configuration) {
        this.configuration = configuration;
    }

    @Override
    public boolean isUseGlobalSslContextParameters() {
        return useGlobalSslContextParameters;
    }

    /**
     * Use the global SSL context parameters when no sslContextParameters are set.
     */
    @Override
    public void setUseGlobalSslContextParameters(boolean useGlobalSslContextParameters) {
        this.useGlobalSslContextParameters = useGlobalSslContextParameters;
    }
}
