package io.github.camelpipedrive.leads.client;

/**
 * The two Pipedrive API generations; every operation belongs to one. Paths are sent with the {@code /api/} prefix,
 * which works for both generations and for company-domain hosts.
 */
public enum ApiVersion {
    V1("/api/v1/"),
    V2("/api/v2/");

    private final String prefix;

    ApiVersion(String prefix) {
        this.prefix = prefix;
    }

    /** The path prefix, for example {@code /api/v1/}. */
    public String prefix() {
        return prefix;
    }
}
