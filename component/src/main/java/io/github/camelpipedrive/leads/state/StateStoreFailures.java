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
package io.github.camelpipedrive.leads.state;

/**
 * Tells a state store that is out of reach for now from one that is misconfigured or holds bad data: the first is
 * waited for (what it holds is unknown, not unreadable), the second fails the start.
 */
public final class StateStoreFailures {

    private StateStoreFailures() {
    }

    /**
     * Whether a failure of a state repository is its storage being out of reach for now: a database that refuses or
     * lost the connection (SQL state class 08, a transient or recoverable SQL failure, a pool timeout) or a network
     * failure on the way to it. A missing table, bad credentials or a file the process cannot write are configuration
     * errors: false.
     */
    public static boolean isUnreachable(Throwable failure) {
        for (Throwable t = failure; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (t instanceof java.sql.SQLTransientException || t instanceof java.sql.SQLRecoverableException
                || t instanceof java.sql.SQLNonTransientConnectionException
                || t instanceof java.sql.SQLException sql && sql.getSQLState() != null
                   && sql.getSQLState().startsWith("08")
                || t instanceof java.net.ConnectException || t instanceof java.net.SocketTimeoutException
                || t instanceof java.net.UnknownHostException || t instanceof java.net.NoRouteToHostException) {
                return true;
            }
        }
        return false;
    }
}
