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
package io.github.camelpipedrive.leads.sandbox;

/**
 * Decides who a request is: the API token in {@code x-api-token}, or an OAuth access token issued
 * by {@link OAuthTokenEndpoint} in {@code Authorization: Bearer}. Each credential is valid only in
 * its own header, as with the official clients (an API token goes in {@code x-api-token}, Bearer
 * carries OAuth access tokens): the API token sent as Bearer is refused, so a client that mixes
 * them up fails here as it would against Pipedrive. The legacy {@code api_token} query parameter
 * is deliberately not accepted either (the official SDKs moved to the header and the reference
 * cannot confirm the query still works), so a client relying on it fails visibly.
 */
final class Authenticator {

    /** An authenticated caller; the bucket keys its burst window. */
    static final class Credential {
        static final Credential API_TOKEN = new Credential("api-token", false);
        /** One window for all access tokens: Pipedrive limits per user, and tokens rotate. */
        static final Credential OAUTH = new Credential("oauth", true);

        final String bucket;
        final boolean oauth;

        private Credential(String bucket, boolean oauth) {
            this.bucket = bucket;
            this.oauth = oauth;
        }
    }

    private final String apiToken;
    private final OAuthTokenEndpoint oauth;

    Authenticator(String apiToken, OAuthTokenEndpoint oauth) {
        this.apiToken = apiToken;
        this.oauth = oauth;
    }

    /** @return the caller, or {@code null} when the request must be answered 401 */
    Credential identify(SandboxRequest request) {
        String headerToken = request.header("x-api-token");
        if (headerToken != null && apiToken.equals(headerToken.trim())) {
            return Credential.API_TOKEN;
        }
        String authorization = request.header("authorization");
        if (authorization != null && authorization.regionMatches(true, 0, "Bearer ", 0, 7)) {
            String bearer = authorization.substring(7).trim();
            if (oauth.isValidAccessToken(bearer)) {
                return Credential.OAUTH;
            }
        }
        return null;
    }
}
