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
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The Java samples of README.md and docs/*.md compile against only the dependencies the docs name: each sample lives
 * (verbatim, see DocSnippetsCoverageTest) in a module whose dependencies are all listed in docs/install.md, namely
 * this example (Camel Main), examples/spring-boot, examples/lead-intake or examples/webhook-feed (or, for the
 * sandbox's Java API, the sandbox's own tests). A dependency added to one of them without being documented, or a
 * sample that only lives in a module with more on its classpath, fails here.
 * <p>
 * Exception: docs/replicas.md's samples (leader election on Kubernetes or ZooKeeper, the JDBC store) run in the
 * component's own tests, whose classpath holds test-only engines (embedded PostgreSQL, an in-JVM ZooKeeper, the
 * Kubernetes API mock); the artifacts they need are named in replicas.md and install.md.
 */
class DocSamplesClasspathTest {

    private static final Path ROOT = Path.of("../..").toAbsolutePath().normalize();
    private static final List<String> DOCUMENTED_MODULES = List.of("examples/lead-feed", "examples/spring-boot",
            "examples/lead-intake", "examples/webhook-feed");
    /**
     * The sandbox's own tests hold the samples of its Java API (docs/sandbox.md): the sandbox artifact has no
     * dependencies (its Jackson is shaded), so those samples need only the sandbox and JUnit, both documented.
     */
    private static final List<String> SELF_CONTAINED_TEST_SOURCES = List.of("sandbox/src/test");
    /** Test frameworks of the modules' own tests, not something a sample uses. */
    private static final Set<String> TEST_FRAMEWORKS = Set.of("junit-jupiter", "assertj-core", "awaitility",
            "spring-boot-starter-test");
    private static final Pattern FENCE = Pattern.compile("(?m)^```java\\s*\\n(.*?)^```", Pattern.DOTALL);
    private static final Pattern DEPENDENCY = Pattern.compile(
            "<dependency>\\s*<groupId>[^<]+</groupId>\\s*<artifactId>([^<]+)</artifactId>(.*?)</dependency>",
            Pattern.DOTALL);

    @Test
    void everyDependencyOfTheSampleModulesIsDocumented() throws IOException {
        String install = Files.readString(ROOT.resolve("docs/install.md"));
        for (String module : DOCUMENTED_MODULES) {
            String pom = Files.readString(ROOT.resolve(module).resolve("pom.xml"));
            String dependencies = pom.substring(pom.lastIndexOf("<dependencies>"));
            Matcher m = DEPENDENCY.matcher(dependencies);
            int found = 0;
            while (m.find()) {
                found++;
                String artifact = m.group(1);
                if (TEST_FRAMEWORKS.contains(artifact)) {
                    continue;
                }
                assertThat(install).as("docs/install.md names %s, a dependency of %s", artifact, module)
                        .contains("<artifactId>" + artifact + "</artifactId>");
            }
            assertThat(found).as("dependencies of %s", module).isGreaterThan(3);
        }
    }

    @Test
    void everyJavaSampleLivesInAModuleWithOnlyDocumentedDependencies() throws IOException {
        List<Path> docs = new ArrayList<>();
        docs.add(ROOT.resolve("README.md"));
        try (Stream<Path> s = Files.list(ROOT.resolve("docs"))) {
            s.filter(p -> p.toString().endsWith(".md") && !p.endsWith("replicas.md")).sorted().forEach(docs::add);
        }
        String corpus = corpus();
        List<String> elsewhere = new ArrayList<>();
        int checked = 0;
        for (Path doc : docs) {
            Matcher m = FENCE.matcher(Files.readString(doc));
            while (m.find()) {
                checked++;
                String code = m.group(1).lines().filter(l -> !l.startsWith("import "))
                        .collect(Collectors.joining("\n"));
                if (!corpus.contains(DocSnippetsCoverageTest.normalise(code))) {
                    elsewhere.add(ROOT.relativize(doc) + ":\n" + m.group(1));
                }
            }
        }
        assertThat(checked).as("Java samples found").isGreaterThan(10);
        assertThat(elsewhere).as("Java samples not found in " + DOCUMENTED_MODULES + " or " + SELF_CONTAINED_TEST_SOURCES).isEmpty();
    }

    private static String corpus() throws IOException {
        Set<Path> files = new LinkedHashSet<>();
        List<Path> roots = new ArrayList<>();
        DOCUMENTED_MODULES.forEach(module -> roots.add(ROOT.resolve(module).resolve("src")));
        SELF_CONTAINED_TEST_SOURCES.forEach(dir -> roots.add(ROOT.resolve(dir)));
        for (Path root : roots) {
            try (Stream<Path> s = Files.walk(root)) {
                s.filter(p -> p.toString().endsWith(".java")).forEach(files::add);
            }
        }
        StringBuilder all = new StringBuilder();
        for (Path file : files) {
            all.append(DocSnippetsCoverageTest.normalise(Files.readString(file))).append(" \u0000 ");
        }
        return all.toString();
    }
}
