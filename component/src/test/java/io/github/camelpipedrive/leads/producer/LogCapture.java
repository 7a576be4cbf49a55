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

import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;

import org.apache.logging.log4j.Level;
import org.apache.logging.log4j.LogManager;
import org.apache.logging.log4j.core.LogEvent;
import org.apache.logging.log4j.core.LoggerContext;
import org.apache.logging.log4j.core.appender.AbstractAppender;
import org.apache.logging.log4j.core.config.AbstractConfiguration;
import org.apache.logging.log4j.core.config.Configuration;
import org.apache.logging.log4j.core.config.LoggerConfig;
import org.apache.logging.log4j.core.config.Property;

/**
 * An in-memory log4j2 appender attached, for the duration of a test, to the given loggers at the given level. Every
 * event is kept fully rendered (logger, message, context data and stack trace), so a test can assert that a string
 * appears nowhere in what was logged.
 */
public final class LogCapture extends AbstractAppender implements AutoCloseable {

    private final List<String> events = new CopyOnWriteArrayList<>();
    private final LoggerContext loggerContext;
    private final Map<String, Level> previousLevels = new LinkedHashMap<>();
    private final List<String> createdLoggers = new ArrayList<>();

    private LogCapture(Level level, String... loggerNames) {
        super("log-capture-" + System.identityHashCode(new Object()), null, null, true, Property.EMPTY_ARRAY);
        loggerContext = (LoggerContext) LogManager.getContext(false);
        Configuration config = loggerContext.getConfiguration();
        start();
        config.addAppender(this);
        for (String name : loggerNames) {
            LoggerConfig logger = config.getLoggerConfig(name);
            if (!logger.getName().equals(name)) {
                logger = LoggerConfig.newBuilder().withLoggerName(name).withLevel(level).withAdditivity(true)
                        .withConfig(config).build();
                config.addLogger(name, logger);
                createdLoggers.add(name);
            } else {
                previousLevels.put(name, logger.getLevel());
                logger.setLevel(level);
            }
            logger.addAppender(this, level, null);
        }
        loggerContext.updateLoggers();
    }

    /** Starts capturing everything the named loggers (and their children) log at {@code level} or above. */
    public static LogCapture of(Level level, String... loggerNames) {
        return new LogCapture(level, loggerNames);
    }

    @Override
    public void append(LogEvent event) {
        StringBuilder line = new StringBuilder()
                .append(event.getLevel()).append(' ').append(event.getLoggerName()).append(" - ")
                .append(event.getMessage().getFormattedMessage())
                .append(' ').append(event.getContextData());
        if (event.getThrown() != null) {
            StringWriter trace = new StringWriter();
            event.getThrown().printStackTrace(new PrintWriter(trace));
            line.append('\n').append(trace);
        }
        events.add(line.toString());
    }

    /** The rendered events, in order. */
    public List<String> events() {
        return List.copyOf(events);
    }

    /** Everything captured as one text. */
    public String text() {
        return String.join("\n", events);
    }

    @Override
    public void close() {
        Configuration config = loggerContext.getConfiguration();
        for (String name : createdLoggers) {
            config.removeLogger(name);
        }
        previousLevels.forEach((name, level) -> {
            LoggerConfig logger = config.getLoggerConfig(name);
            logger.removeAppender(getName());
            logger.setLevel(level);
        });
        if (config instanceof AbstractConfiguration) {
            ((AbstractConfiguration) config).removeAppender(getName());
        }
        stop();
        loggerContext.updateLoggers();
    }
}
