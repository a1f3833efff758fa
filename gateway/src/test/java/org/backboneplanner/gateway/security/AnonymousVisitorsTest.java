package org.backboneplanner.gateway.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;

import org.backboneplanner.testsupport.TestServers;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.data.mongodb.core.ReactiveMongoOperations;

/**
 * Defect 6 of issue 9: every anonymous start of a login used to store a session, and 10,000 of them
 * filled the session store and blocked every new login. Anonymous visitors now cost no session.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class AnonymousVisitorsTest {

    private static final int VISITORS = 12_000;

    @LocalServerPort
    int port;

    @Autowired
    ReactiveMongoOperations mongo;

    private final HttpClient http = HttpClient.newHttpClient();

    @DynamicPropertySource
    static void tokens(DynamicPropertyRegistry registry) {
        TestServers.registerTokens(registry);
        registry.add("spring.mongodb.uri", () -> TestServers.mongo().uri("anonymous-visitors"));
    }

    /** Sessions live in MongoDB, shared by every gateway (Spring Session). */
    private long storedSessions() {
        return mongo.getCollection("sessions").flatMap(c -> reactor.core.publisher.Mono.from(c.countDocuments())).block();
    }

    private HttpResponse<Void> get(String path, String... headers) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path));
        if (headers.length > 0) {
            request.headers(headers);
        }
        return http.send(request.build(), HttpResponse.BodyHandlers.discarding());
    }

    @Test
    void twelveThousandAnonymousLoginStartsStoreNoSessionAndEachStillRedirectsToKeycloak() throws Exception {
        AtomicInteger redirects = new AtomicInteger();
        ConcurrentLinkedQueue<String> wrong = new ConcurrentLinkedQueue<>();
        ExecutorService visitors = Executors.newFixedThreadPool(8);
        try {
            List<Future<?>> done = new ArrayList<>();
            for (int i = 0; i < VISITORS; i++) {
                done.add(visitors.submit(() -> {
                    HttpResponse<Void> answer = get("/oauth2/authorization/keycloak");
                    String location = answer.headers().firstValue("Location").orElse("");
                    List<String> cookies = answer.headers().allValues("Set-Cookie");
                    if (answer.statusCode() == 302 && location.contains("state=") && location.contains("code_challenge=")
                            && cookies.stream().anyMatch(c -> c.startsWith(PendingLoginCookie.NAME + "="))
                            && cookies.stream().noneMatch(c -> c.startsWith("SESSION="))) {
                        redirects.incrementAndGet();
                    } else if (wrong.size() < 5) {
                        wrong.add(answer.statusCode() + " " + location + " " + cookies);
                    }
                    return null;
                }));
            }
            for (Future<?> visitor : done) {
                visitor.get();
            }
        } finally {
            visitors.shutdownNow();
        }

        assertThat(wrong).isEmpty();
        assertThat(redirects).hasValue(VISITORS);
        assertThat(storedSessions()).isZero();
    }

    @Test
    void theLoginCookieIsHttpOnlyLaxShortLivedAndOnlyForTheCallback() throws Exception {
        String cookie = get("/oauth2/authorization/keycloak").headers().allValues("Set-Cookie").stream()
                .filter(c -> c.startsWith(PendingLoginCookie.NAME + "=")).findFirst().orElseThrow();

        assertThat(cookie).containsIgnoringCase("HttpOnly").contains("SameSite=Lax").contains("Max-Age=600")
                .contains("Path=/login/oauth2/");
    }

    @Test
    void theLoginPageLoadsItsModulesAndBothDictionariesBeforeAnyLogin() throws Exception {
        for (String path : List.of("/app/main.js", "/app/screens/worksheet.js", "/app/i18n/fr.json", "/app/i18n/en.json")) {
            assertThat(get(path).statusCode()).as(path).isEqualTo(200);
        }
    }

    @Test
    void noOtherAnonymousVisitStartsASession() throws Exception {
        for (String path : List.of("/", "/index.html", "/app/main.js", "/some/page", "/api/networks/monteregie/initiatives",
                "/api/me", "/login/oauth2/code/keycloak?code=x&state=y", "/login", "/swagger-ui.html")) {
            get(path, "Accept", "text/html");
            assertThat(storedSessions()).as(path).isZero();
        }
        HttpResponse<Void> page = get("/");
        String csrf = page.headers().allValues("Set-Cookie").stream().filter(c -> c.startsWith("XSRF-TOKEN="))
                .map(c -> c.substring("XSRF-TOKEN=".length(), c.indexOf(';'))).findFirst().orElseThrow();
        HttpResponse<Void> logout = http.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/logout"))
                .header("Cookie", "XSRF-TOKEN=" + csrf).header("X-XSRF-TOKEN", csrf)
                .POST(HttpRequest.BodyPublishers.noBody()).build(), HttpResponse.BodyHandlers.discarding());

        assertThat(logout.statusCode()).isEqualTo(302);
        assertThat(storedSessions()).isZero();
    }
}
