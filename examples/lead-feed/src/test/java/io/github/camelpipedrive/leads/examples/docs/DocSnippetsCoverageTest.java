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
package io.github.camelpipedrive.leads.examples.docs;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every fenced ```java, ```properties and ```yaml block of README.md and docs/*.md must appear, whitespace-normalised,
 * in a file of the project that a test compiles or runs: Java in examples/ (any src) or a module's src/test, properties
 * in examples/ or a module's test resources, YAML in examples/ or the component's resources (the Kamelets). Then a sample cannot rot silently: change the code and the
 * doc check fails until the doc follows, break the doc's code and the test that runs it fails.
 */
class DocSnippetsCoverageTest {

    private static final Path ROOT = Path.of("../..").toAbsolutePath().normalize();
    private static final Pattern FENCE = Pattern.compile("(?m)^```(java|properties|yaml)\\s*\\n(.*?)^```", Pattern.DOTALL);

    @Test
    void everyCodeSampleOfTheDocsLivesInTestedCode() throws IOException {
        List<Path> docs = new ArrayList<>();
        docs.add(ROOT.resolve("README.md"));
        try (Stream<Path> s = Files.list(ROOT.resolve("docs"))) {
            s.filter(p -> p.toString().endsWith(".md")).sorted().forEach(docs::add);
        }
        List<Path> tests = List.of(ROOT.resolve("component/src/test"), ROOT.resolve("sandbox/src/test"),
                ROOT.resolve("starter/src/test"));
        String java = corpus(concat(List.of(ROOT.resolve("examples")), tests), ".java");
        String properties = corpus(concat(List.of(ROOT.resolve("examples")), tests), ".properties");
        String yaml = corpus(List.of(ROOT.resolve("examples"), ROOT.resolve("component/src/main/resources")), ".yaml");

        List<String> missing = new ArrayList<>();
        int checked = 0;
        for (Path doc : docs) {
            Matcher m = FENCE.matcher(Files.readString(doc));
            while (m.find()) {
                checked++;
                String kind = m.group(1);
                String corpus = switch (kind) {
                    case "java" -> java;
                    case "properties" -> properties;
                    default -> yaml;
                };
                // import lines cannot precede statements in a Java file: each must appear on its own
                List<String> imports = m.group(2).lines().filter(l -> l.startsWith("import ")).toList();
                String code = m.group(2).lines().filter(l -> !l.startsWith("import "))
                        .collect(Collectors.joining("\n"));
                boolean found = corpus.contains(normalise(code))
                                && imports.stream().allMatch(i -> corpus.contains(normalise(i)));
                if (!found) {
                    missing.add(ROOT.relativize(doc) + " (" + kind + "):\n" + m.group(2));
                }
            }
        }
        assertThat(checked).as("code samples found").isGreaterThan(10);
        assertThat(missing).as("doc samples not found in tested code").isEmpty();
    }

    private static List<Path> concat(List<Path> a, List<Path> b) {
        return Stream.concat(a.stream(), b.stream()).toList();
    }

    private static String corpus(List<Path> dirs, String suffix) throws IOException {
        StringBuilder all = new StringBuilder();
        for (Path dir : dirs) {
            if (!Files.isDirectory(dir)) {
                continue;
            }
            try (Stream<Path> files = Files.walk(dir)) {
                for (Path file : files.filter(p -> p.toString().endsWith(suffix))
                        .filter(p -> !p.toString().contains("/target/")).collect(Collectors.toList())) {
                    all.append(normalise(read(file))).append(" \u0000 ");
                }
            }
        }
        return all.toString();
    }

    private static String read(Path file) {
        try {
            return Files.readString(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static String normalise(String text) {
        return text.replaceAll("\\s+", " ").trim();
    }
}
