package org.backboneplanner.system;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;

import org.backboneplanner.testsupport.ApiClient;
import org.backboneplanner.testsupport.ApiClient.Response;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The API documents as an integrator takes them from the gateway's Swagger UI, checked by Redocly CLI's
 * recommended rules (from npm, at the version the build pins). Skipped where npx is absent; CI
 * ({@code .ci/run}) fetches the linter first, so there it always runs.
 */
class ApiDocumentsLintTest {

    /** Pinned in system-tests' pom ({@code redocly-cli.version}), so a new release never changes the verdict. */
    private static final String LINTER = "@redocly/cli@" + System.getProperty("backbone.redocly.version");
    private static final JsonMapper JSON = JsonMapper.builder().build();

    private static RunningSystem system;

    @BeforeAll
    static void start() {
        system = RunningSystem.shared();
    }

    @ParameterizedTest
    @ValueSource(strings = {"worksheet", "partner", "debrief", "notification", "gateway"})
    void theDocumentHasNoLintError(String service) throws Exception {
        assumeTrue(onPath("npx"), "npx is not installed: the API documents are not linted here");
        Response document = new ApiClient(system.gatewayUrl(), null).get("/v3/api-docs/" + service);
        assertThat(document.status()).isEqualTo(200);
        Path folder = Path.of(System.getProperty("backbone.root", "..")).resolve("system-tests/target/openapi");
        Files.createDirectories(folder);
        Path file = folder.resolve(service + ".json");
        Files.writeString(file, document.body(), StandardCharsets.UTF_8);

        JsonNode report = lint(file, folder.resolve(service + ".lint.json"));

        List<String> errors = report.get("problems").valueStream()
                .filter(p -> p.get("severity").asString().equals("error"))
                .map(p -> p.get("ruleId").asString() + " at " + p.get("location").get(0).get("pointer").asString()
                        + ": " + p.get("message").asString())
                .toList();
        System.out.printf("%s: %d errors, %d warnings (report in %s)%n", service,
                report.get("totals").get("errors").asInt(), report.get("totals").get("warnings").asInt(), folder);
        assertThat(errors).as("Redocly's recommended rules on %s's API document", service).isEmpty();
    }

    /** Runs the linter on one document and keeps its JSON report beside it. */
    private static JsonNode lint(Path document, Path report) throws IOException, InterruptedException {
        ProcessBuilder linter = new ProcessBuilder("npx", "--yes", LINTER, "lint", "--extends", "recommended",
                "--format", "json", "--max-problems", "10000", document.getFileName().toString())
                .directory(document.getParent().toFile())
                .redirectOutput(report.toFile())
                .redirectError(report.resolveSibling(report.getFileName() + ".log").toFile());
        linter.environment().put("REDOCLY_TELEMETRY", "off");
        linter.environment().put("REDOCLY_SUPPRESS_UPDATE_NOTICE", "true");
        Process process = linter.start();
        process.getOutputStream().close();
        // a first run downloads the linter; later ones take it from ~/.npm
        if (!process.waitFor(5, TimeUnit.MINUTES)) {
            process.destroyForcibly();
            throw new IllegalStateException("the linter did not finish; see " + report + ".log");
        }
        String output = Files.readString(report, StandardCharsets.UTF_8);
        if (!output.trim().startsWith("{")) {
            throw new IllegalStateException("the linter did not run (exit " + process.exitValue() + "): "
                    + Files.readString(report.resolveSibling(report.getFileName() + ".log"), StandardCharsets.UTF_8));
        }
        return JSON.readTree(output);
    }

    private static boolean onPath(String command) {
        String path = System.getenv("PATH");
        return path != null && List.of(path.split(File.pathSeparator)).stream()
                .anyMatch(dir -> Files.isExecutable(Path.of(dir, command)));
    }
}
