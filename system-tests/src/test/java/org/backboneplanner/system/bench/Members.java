package org.backboneplanner.system.bench;

import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.backboneplanner.system.bench.MemberLoad.Workspace;
import org.backboneplanner.testsupport.ApiClient;
import org.backboneplanner.testsupport.ApiClient.Response;

import tools.jackson.databind.json.JsonMapper;

/**
 * The demo members with real tokens from the local Keycloak, each given initiatives of their own, with a
 * step to edit, some partners in their network's directory, and the debrief projected.
 */
final class Members {

    private static final String KEYCLOAK = "http://localhost:8180/realms/backbone";
    private static final String[] USERS = {"alice", "bob", "carol"};
    private static final String[] NETWORKS = {"monteregie", "monteregie", "estrie"};
    private static final String ROW = "/worksheet/roles/POLICY";

    private final List<String> userOfSpace = new ArrayList<>();
    private String[] rowTags;
    private String[] stepTags;

    List<Workspace> workspaces(int count) throws InterruptedException {
        for (int i = 0; i < USERS.length; i++) {
            ApiClient member = new ApiClient("http://localhost:8080", token(i));
            for (int p = 0; p < 5; p++) {
                member.post("/api/networks/" + NETWORKS[i] + "/partners", Map.of("name",
                        "Partenaire " + USERS[i] + " " + p)); // a directory to read; refused calls leave it shorter
            }
        }
        List<Workspace> spaces = new ArrayList<>();
        rowTags = new String[count];
        stepTags = new String[count];
        for (int i = 0; i < count; i++) {
            int user = i % USERS.length;
            String token = token(user);
            ApiClient member = new ApiClient("http://localhost:8080", token);
            Response created = member.post("/api/networks/" + NETWORKS[user] + "/initiatives",
                    Map.of("name", "Charge mesurée " + (i + 1)));
            require(created, 201);
            String initiative = created.header("Location");
            Response step = member.post(initiative + ROW + "/next-steps", Map.of("title", "Réunir les partenaires",
                    "owner", Map.of(), "dueDate", LocalDate.now().plusMonths(2).toString()));
            require(step, 201);
            String stepPath = initiative + ROW + "/next-steps/" + step.json().get("id").asString();
            stepTags[i] = step.header("ETag");
            rowTags[i] = member.get(initiative + ROW).header("ETag");
            while (member.get(initiative + "/debrief").status() != 200) {
                Thread.sleep(100); // the initiative reaches debrief-service through Kafka
            }
            userOfSpace.add(USERS[user]);
            spaces.add(new Workspace(token, NETWORKS[user], initiative, initiative + ROW, stepPath));
        }
        return spaces;
    }

    String[] rowTags() {
        return rowTags;
    }

    String[] stepTags() {
        return stepTags;
    }

    /** The same workspaces with new tokens: a phase never runs on an expiring one. */
    List<Workspace> refreshTokens(List<Workspace> spaces) {
        Map<String, String> tokens = Map.of("alice", token(0), "bob", token(1), "carol", token(2));
        List<Workspace> fresh = new ArrayList<>();
        for (int i = 0; i < spaces.size(); i++) {
            Workspace space = spaces.get(i);
            fresh.add(new Workspace(tokens.get(userOfSpace.get(i)), space.network(), space.initiative(), space.row(),
                    space.step()));
        }
        return fresh;
    }

    /** A real access token from Keycloak through the dev-only public client, as scripts get one. */
    String token(int user) {
        String form = "grant_type=password&client_id=backbone-cli&username=" + USERS[user] + "&password="
                + USERS[user] + "&scope=" + URLEncoder.encode("openid organization:*", StandardCharsets.UTF_8);
        try {
            HttpResponse<String> response = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
                            URI.create(KEYCLOAK + "/protocol/openid-connect/token"))
                    .header("Content-Type", "application/x-www-form-urlencoded")
                    .POST(HttpRequest.BodyPublishers.ofString(form)).build(), HttpResponse.BodyHandlers.ofString());
            if (response.statusCode() != 200) {
                throw new IllegalStateException("no token for " + USERS[user] + ": " + response.body());
            }
            return JsonMapper.builder().build().readTree(response.body()).get("access_token").asString();
        } catch (IOException e) {
            throw new IllegalStateException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static void require(Response response, int status) {
        if (response.status() != status) {
            throw new IllegalStateException("setup call answered " + response);
        }
    }
}
