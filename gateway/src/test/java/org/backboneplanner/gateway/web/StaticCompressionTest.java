package org.backboneplanner.gateway.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.zip.GZIPInputStream;

import org.backboneplanner.gateway.EchoService;
import org.backboneplanner.testsupport.TestServers;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/** The web UI's files go gzipped to a browser that accepts it; the services' answers go as they were written. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class StaticCompressionTest {

    private static final EchoService WORKSHEET = EchoService.start("worksheet");

    @LocalServerPort
    int port;

    private final HttpClient http = HttpClient.newHttpClient();

    @DynamicPropertySource
    static void services(DynamicPropertyRegistry registry) {
        registry.add("backbone.services.worksheet", WORKSHEET::url);
        TestServers.registerTokens(registry);
    }

    @AfterAll
    static void stop() {
        WORKSHEET.close();
    }

    private HttpResponse<byte[]> get(String path, String... headers) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path));
        if (headers.length > 0) {
            request.headers(headers);
        }
        return http.send(request.build(), HttpResponse.BodyHandlers.ofByteArray());
    }

    private static byte[] resource(String path) throws IOException {
        try (InputStream in = StaticCompressionTest.class.getResourceAsStream("/static" + path)) {
            return in.readAllBytes();
        }
    }

    @Test
    void theUisFilesGoGzippedToABrowserThatAcceptsIt() throws Exception {
        for (String path : new String[]{"/app/app.css", "/app/main.js", "/app/i18n/fr.json", "/index.html"}) {
            HttpResponse<byte[]> answer = get(path, "Accept-Encoding", "gzip");

            assertThat(answer.statusCode()).as(path).isEqualTo(200);
            assertThat(answer.headers().firstValue("Content-Encoding")).as(path).hasValue("gzip");
            assertThat(answer.body().length).as(path).isLessThan(resource(path).length);
            try (InputStream unzipped = new GZIPInputStream(new ByteArrayInputStream(answer.body()))) {
                assertThat(unzipped.readAllBytes()).as(path).isEqualTo(resource(path));
            }
        }
    }

    @Test
    void aBrowserThatDoesNotAcceptGzipGetsTheFileAsItIs() throws Exception {
        HttpResponse<byte[]> answer = get("/app/app.css");

        assertThat(answer.headers().firstValue("Content-Encoding")).isEmpty();
        assertThat(answer.body()).isEqualTo(resource("/app/app.css"));
    }

    @Test
    void aServicesAnswerGoesAsItWasWritten() throws Exception {
        HttpResponse<byte[]> answer = get("/api/networks/monteregie/initiatives/i1/large", "Accept-Encoding", "gzip",
                "Authorization", "Bearer " + TestServers.tokens().token("alice", "monteregie"));

        assertThat(answer.statusCode()).isEqualTo(200);
        assertThat(answer.headers().firstValue("Content-Encoding")).isEmpty();
        assertThat(answer.body().length).isGreaterThan(4096);
    }
}
