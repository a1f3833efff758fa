package org.backboneplanner.system;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import org.backboneplanner.runtime.ServiceProcess;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Gateways scale out: alice logs in through the real Keycloak at one gateway process, and a second
 * gateway process, sharing only the session store (MongoDB), knows her by her session cookie and
 * relays her token to the services.
 */
class SharedLoginTest {

    private static final Pattern FORM_ACTION = Pattern.compile("<form[^>]*action=\"([^\"]+)\"");
    private static RunningSystem system;
    private static ServiceProcess second;

    @BeforeAll
    static void start() {
        system = RunningSystem.shared();
        second = system.startAnotherGateway();
    }

    @AfterAll
    static void stop() {
        if (second != null) {
            second.close();
        }
    }

    @Test
    void aLoginAtOneGatewayIsASessionAtTheOther() throws Exception {
        String session = logIn(system.gatewayUrl(), "alice");

        JsonNode atSecond = me(second.url(), session);
        JsonNode atFirst = me(system.gatewayUrl(), session);

        assertThat(atSecond.get("username").asString()).isEqualTo("alice");
        assertThat(atSecond.get("networks").valueStream().map(n -> n.get("id").asString())).containsExactly("monteregie");
        assertThat(atFirst).isEqualTo(atSecond);
        // through the second gateway, to a service: the token kept in the session is relayed
        HttpResponse<String> initiatives = get(second.url() + "/api/networks/monteregie/initiatives", session);
        assertThat(initiatives.statusCode()).as(initiatives.body()).isEqualTo(200);
        // without the cookie the second gateway knows nobody
        assertThat(get(second.url() + "/api/me", null).statusCode()).isEqualTo(401);
    }

    private static JsonNode me(String gateway, String session) throws Exception {
        HttpResponse<String> me = get(gateway + "/api/me", session);
        assertThat(me.statusCode()).as(gateway + ": " + me.body()).isEqualTo(200);
        return JsonMapper.builder().build().readTree(me.body());
    }

    private static HttpResponse<String> get(String url, String session) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(url)).header("Accept", "application/json");
        if (session != null) {
            request.header("Cookie", "SESSION=" + session);
        }
        return HttpClient.newHttpClient().send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    /**
     * The authorization code flow as a browser makes it, without a browser: the gateway sends to
     * Keycloak's login form (username first, then password, with organizations), which sends back to the
     * gateway's callback; answers the SESSION cookie the gateway set. Cookies are kept per host and port
     * (Keycloak's and the gateway's), as a browser keeps them for these two sites.
     */
    private static String logIn(String gateway, String user) throws Exception {
        Map<String, Map<String, String>> cookies = new HashMap<>();
        HttpClient browser = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();
        HttpResponse<String> page = follow(browser, cookies, HttpRequest.newBuilder(
                URI.create(gateway + "/oauth2/authorization/keycloak")));
        // Keycloak's pages until it sends the browser back to the gateway
        for (int step = 0; step < 3 && page.uri().toString().startsWith(system.keycloakUrl())
                && FORM_ACTION.matcher(page.body()).find(); step++) {
            Matcher action = FORM_ACTION.matcher(page.body());
            action.find();
            String form = "username=" + URLEncoder.encode(user, StandardCharsets.UTF_8)
                    + (page.body().contains("name=\"password\"") ? "&password=" + URLEncoder.encode(user, StandardCharsets.UTF_8) : "")
                    + "&credentialId=";
            page = follow(browser, cookies, HttpRequest.newBuilder(URI.create(action.group(1).replace("&amp;", "&")))
                    .header("Content-Type", "application/x-www-form-urlencoded")
                    .POST(HttpRequest.BodyPublishers.ofString(form)));
        }
        String session = cookies.getOrDefault(URI.create(gateway).getAuthority(), Map.of()).get("SESSION");
        if (session == null) {
            throw new AssertionError("no session after logging in, at " + page.uri() + ": " + page.statusCode());
        }
        return session;
    }

    /** Sends the request with the cookies of its site, keeps those it sets, and follows redirects. */
    private static HttpResponse<String> follow(HttpClient browser, Map<String, Map<String, String>> cookies,
                                               HttpRequest.Builder request) throws Exception {
        HttpResponse<String> answer = send(browser, cookies, request);
        while (answer.statusCode() == 302 || answer.statusCode() == 303) {
            URI next = answer.uri().resolve(answer.headers().firstValue("Location").orElseThrow());
            answer = send(browser, cookies, HttpRequest.newBuilder(next));
        }
        return answer;
    }

    private static HttpResponse<String> send(HttpClient browser, Map<String, Map<String, String>> cookies,
                                             HttpRequest.Builder request) throws Exception {
        HttpRequest built = request.build();
        Map<String, String> site = cookies.computeIfAbsent(built.uri().getAuthority(), k -> new LinkedHashMap<>());
        if (!site.isEmpty()) {
            built = HttpRequest.newBuilder(built, (name, value) -> true).header("Cookie", site.entrySet().stream()
                    .map(c -> c.getKey() + "=" + c.getValue()).collect(Collectors.joining("; "))).build();
        }
        HttpResponse<String> answer = browser.send(built, HttpResponse.BodyHandlers.ofString());
        for (String set : answer.headers().allValues("Set-Cookie")) {
            String pair = set.split(";", 2)[0];
            int equals = pair.indexOf('=');
            site.put(pair.substring(0, equals).trim(), pair.substring(equals + 1).trim());
        }
        return answer;
    }
}
