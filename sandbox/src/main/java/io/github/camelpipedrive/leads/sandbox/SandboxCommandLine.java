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

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.BiConsumer;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The command line of {@link PipedriveSandboxMain}: one option per setting of
 * {@link PipedriveSandbox.Builder}, each written {@code --name value} or {@code --name=value}, and
 * {@code --help}. Parsing fills a builder; bad input is an {@link IllegalArgumentException} whose
 * message names the option and the rule.
 */
final class SandboxCommandLine {

    static final String HELP = "--help";
    private static final Pattern DURATION = Pattern.compile("(\\d+)(ms|s|m|h)?");

    /** One option: its name, what its value looks like, one line of help, and how it sets the builder. */
    private static final class Option {
        final String name;
        final String value;
        final String help;
        final BiConsumer<Parsed, String> apply;

        Option(String name, String value, String help, BiConsumer<Parsed, String> apply) {
            this.name = name;
            this.value = value;
            this.help = help;
            this.apply = apply;
        }
    }

    /** The outcome of parsing: a configured builder, or a request for help. */
    static final class Parsed {
        final PipedriveSandbox.Builder builder = PipedriveSandbox.builder();
        boolean help;
        private String oauthClientId;
        private String oauthClientSecret;
        private String oauthRefreshToken;
    }

    private static final Map<String, Option> OPTIONS = new LinkedHashMap<>();

    static {
        add("--port", "N", "port to bind, 0 = a free one (default 0)",
                (p, v) -> p.builder.port(integer("--port", v)));
        add("--host", "ADDRESS", "address to bind (default 127.0.0.1)", (p, v) -> p.builder.host(v));
        add("--token", "TOKEN", "the API token accepted in the x-api-token header (default sandbox-token)",
                (p, v) -> p.builder.apiToken(v));
        add("--leads", "N", "leads to seed at start, one per hour before now (default 0)",
                (p, v) -> p.builder.seedLeads(integer("--leads", v)));
        add("--seed", "N", "seed of every random choice: ids, seed data, tokens (default 42)",
                (p, v) -> p.builder.seed(longValue("--seed", v)));
        add("--clock", "system|INSTANT|fixed:INSTANT",
                "sandbox clock: the system clock (default), a clock that starts at INSTANT (ISO-8601, e.g. "
                        + "2026-01-01T00:00:00Z) and runs, or one that stands still at INSTANT",
                (p, v) -> p.builder.clock(clock(v)));
        add("--plan", "NONE|LITE|GROWTH|PREMIUM|ULTIMATE", "burst rate-limit plan (default NONE)",
                (p, v) -> p.builder.rateLimitPlan(enumValue(RateLimitPlan.class, "--plan", v)));
        add("--daily-budget", "N", "daily token budget of the company, -1 = unlimited (default -1)",
                (p, v) -> p.builder.dailyTokenBudget(longValue("--daily-budget", v)));
        add("--pagination", "FLAT|NESTED", "paging block of offset lists (default FLAT)",
                (p, v) -> p.builder.paginationShape(enumValue(PaginationShape.class, "--pagination", v)));
        add("--persons", "N", "persons with ids 1..N that exist (default 100)",
                (p, v) -> p.builder.seedPersons(integer("--persons", v)));
        add("--organizations", "N", "organizations with ids 1..N that exist (default 50)",
                (p, v) -> p.builder.seedOrganizations(integer("--organizations", v)));
        add("--deals", "N", "deals with ids 1..N that can be converted to leads (default 10)",
                (p, v) -> p.builder.seedDeals(integer("--deals", v)));
        add("--oauth-client-id", "ID", "OAuth client id; enables POST /oauth/token together with the next two",
                (p, v) -> p.oauthClientId = v);
        add("--oauth-client-secret", "SECRET", "OAuth client secret (HTTP Basic on /oauth/token)",
                (p, v) -> p.oauthClientSecret = v);
        add("--oauth-refresh-token", "TOKEN",
                "the refresh token valid at start; each refresh rotates it (the old one gets invalid_grant)",
                (p, v) -> p.oauthRefreshToken = v);
        add("--access-token-ttl", "DURATION", "lifetime of issued OAuth access tokens (default 3599s)",
                (p, v) -> p.builder.accessTokenTtl(duration("--access-token-ttl", v)));
        add("--conversion-outcome", "COMPLETED|FAILED|REJECTED", "how every conversion job ends (default COMPLETED)",
                (p, v) -> p.builder.conversionOutcome(enumValue(ConversionOutcome.class, "--conversion-outcome", v)));
        add("--conversion-delay", "DURATION",
                "time a conversion job takes by the sandbox clock, then it completes on its own (default 1s)",
                (p, v) -> p.builder.conversionDelay(duration("--conversion-delay", v)));
        add("--search-index-delay", "DURATION",
                "lag of the persons/organizations search index by the sandbox clock: a new or changed one is "
                        + "found only after it (default 0)",
                (p, v) -> p.builder.searchIndexDelay(duration("--search-index-delay", v)));
        add("--threads", "N", "HTTP worker threads (default 8)",
                (p, v) -> p.builder.threads(integer("--threads", v)));
        add("--webhook-time-scale", "FACTOR",
                "multiplies webhook retry delays (3/30/150 s) and the 30 min ban, e.g. 0.01 (default 1.0)",
                (p, v) -> p.builder.webhookRetryTimeScale(decimal("--webhook-time-scale", v)));
        add("--webhook-drop-share", "SHARE", "share 0..1 of webhook events never delivered (default 0)",
                (p, v) -> p.builder.webhookDropShare(decimal("--webhook-drop-share", v)));
        add("--webhook-duplicate-share", "SHARE", "share 0..1 of webhook events delivered twice (default 0)",
                (p, v) -> p.builder.webhookDuplicateShare(decimal("--webhook-duplicate-share", v)));
        add("--webhook-delay", "DURATION", "extra wait before every webhook delivery attempt (default 0)",
                (p, v) -> p.builder.webhookDelay(duration("--webhook-delay", v)));
    }

    private SandboxCommandLine() {
    }

    private static void add(String name, String value, String help, BiConsumer<Parsed, String> apply) {
        OPTIONS.put(name, new Option(name, value, help, apply));
    }

    /** @return the option names, in usage order ({@code --help} excluded) */
    static List<String> optionNames() {
        return Collections.unmodifiableList(new ArrayList<>(OPTIONS.keySet()));
    }

    /**
     * @param args the command line
     * @return the builder the options describe, or a help request
     * @throws IllegalArgumentException naming the option at fault
     */
    static Parsed parse(String[] args) {
        Parsed parsed = new Parsed();
        for (int i = 0; i < args.length; i++) {
            String arg = args[i];
            if (HELP.equals(arg) || "-h".equals(arg)) {
                parsed.help = true;
                continue;
            }
            String name = arg;
            String value = null;
            int equals = arg.indexOf('=');
            if (arg.startsWith("--") && equals > 0) {
                name = arg.substring(0, equals);
                value = arg.substring(equals + 1);
            }
            Option option = OPTIONS.get(name);
            if (option == null) {
                throw new IllegalArgumentException("unknown option " + name + " (see " + HELP + ")");
            }
            if (value == null) {
                if (i + 1 >= args.length) {
                    throw new IllegalArgumentException("missing value for " + name + " " + option.value);
                }
                value = args[++i];
            }
            option.apply.accept(parsed, value);
        }
        boolean anyOauth = parsed.oauthClientId != null || parsed.oauthClientSecret != null
                || parsed.oauthRefreshToken != null;
        if (anyOauth) {
            if (parsed.oauthClientId == null || parsed.oauthClientSecret == null || parsed.oauthRefreshToken == null) {
                throw new IllegalArgumentException("--oauth-client-id, --oauth-client-secret and --oauth-refresh-token "
                        + "go together: give all three to enable POST /oauth/token");
            }
            parsed.builder.oauthClient(parsed.oauthClientId, parsed.oauthClientSecret, parsed.oauthRefreshToken);
        }
        return parsed;
    }

    /** @return the usage text: a synopsis line, then one line per option */
    static String usage() {
        StringBuilder sb = new StringBuilder();
        String nl = System.lineSeparator();
        sb.append("usage: java -jar camel-pipedrive-leads-sandbox.jar [OPTION VALUE | OPTION=VALUE]...").append(nl);
        sb.append("Runs the Pipedrive Leads sandbox until the process is stopped.").append(nl);
        // columns as wide as their longest entry, so that every description starts at the same place
        int nameWidth = OPTIONS.values().stream().mapToInt(option -> option.name.length()).max().orElse(0);
        int valueWidth = OPTIONS.values().stream().mapToInt(option -> option.value.length()).max().orElse(0);
        String line = "  %-" + nameWidth + "s %-" + valueWidth + "s  %s";
        for (Option option : OPTIONS.values()) {
            sb.append(String.format(Locale.ROOT, line, option.name, option.value, option.help)).append(nl);
        }
        sb.append(String.format(Locale.ROOT, line, HELP, "", "print this help and exit")).append(nl);
        sb.append("DURATION: 1500ms, 2s, 5m, 1h, a plain number of seconds, or ISO-8601 (PT1.5S).").append(nl);
        return sb.toString();
    }

    private static int integer(String option, String value) {
        try {
            return Integer.parseInt(value.trim());
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException(option + " must be a whole number, was: " + value, e);
        }
    }

    private static double decimal(String option, String value) {
        try {
            return Double.parseDouble(value.trim());
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException(option + " must be a number, was: " + value, e);
        }
    }

    private static long longValue(String option, String value) {
        try {
            return Long.parseLong(value.trim());
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException(option + " must be a whole number, was: " + value, e);
        }
    }

    private static <E extends Enum<E>> E enumValue(Class<E> type, String option, String value) {
        try {
            return Enum.valueOf(type, value.trim().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            List<String> allowed = new ArrayList<>();
            for (E constant : type.getEnumConstants()) {
                allowed.add(constant.name());
            }
            throw new IllegalArgumentException(option + " must be one of " + allowed + ", was: " + value, e);
        }
    }

    static Duration duration(String option, String value) {
        String text = value.trim();
        if (text.startsWith("P") || text.startsWith("p")) {
            try {
                return Duration.parse(text);
            } catch (DateTimeParseException e) {
                throw new IllegalArgumentException(option + " is not an ISO-8601 duration: " + value, e);
            }
        }
        Matcher m = DURATION.matcher(text);
        if (!m.matches()) {
            throw new IllegalArgumentException(option + " must be a duration such as 1500ms, 2s, 5m, 1h or PT2S, was: "
                    + value);
        }
        long amount = Long.parseLong(m.group(1));
        String unit = m.group(2) == null ? "s" : m.group(2);
        switch (unit) {
            case "ms":
                return Duration.ofMillis(amount);
            case "m":
                return Duration.ofMinutes(amount);
            case "h":
                return Duration.ofHours(amount);
            default:
                return Duration.ofSeconds(amount);
        }
    }

    static Clock clock(String value) {
        String text = value.trim();
        if ("system".equalsIgnoreCase(text)) {
            return Clock.systemUTC();
        }
        boolean fixed = text.regionMatches(true, 0, "fixed:", 0, 6);
        String instantText = fixed ? text.substring(6) : text;
        Instant instant;
        try {
            instant = Instant.parse(instantText);
        } catch (DateTimeParseException e) {
            throw new IllegalArgumentException("--clock must be system, an ISO-8601 instant such as "
                    + "2026-01-01T00:00:00Z, or fixed:<instant>, was: " + value, e);
        }
        if (fixed) {
            return Clock.fixed(instant, ZoneOffset.UTC);
        }
        return Clock.offset(Clock.systemUTC(), Duration.between(Instant.now(), instant));
    }
}
