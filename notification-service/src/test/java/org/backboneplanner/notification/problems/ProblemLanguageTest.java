package org.backboneplanner.notification.problems;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;

import org.backboneplanner.notification.NotificationTest;
import org.backboneplanner.testsupport.ApiClient;
import org.backboneplanner.testsupport.ApiClient.Response;
import org.backboneplanner.testsupport.ProblemBundleRules;
import org.junit.jupiter.api.Test;

/** notification-service's problems speak the caller's language (issue 11), with the same codes in both. */
class ProblemLanguageTest extends NotificationTest {

    private ApiClient me() {
        return api(tokens().of("owner").networks(List.of(network)).email(email).sign());
    }

    private static Response badPreferences(ApiClient as) {
        return as.put("/api/me/notification-preferences", Map.of("offsetsDays", List.of(-1), "language", "de"));
    }

    private static List<String> codes(Response response) {
        return response.json().get("errors").valueStream().map(e -> e.get("field").asString() + ":"
                + e.get("code").asString()).sorted().toList();
    }

    @Test
    void badPreferencesAreRefusedInFrenchByDefaultAndInEnglishOnRequest() {
        Response french = badPreferences(me().inLanguage(null));
        Response english = badPreferences(me().inLanguage("en"));

        assertThat(french.status()).isEqualTo(400);
        assertThat(french.json().get("title").asString()).isEqualTo("Saisie invalide");
        assertThat(french.body()).contains("doit être au moins 0", "doit être l’une de ces valeurs : fr, en");
        assertThat(english.json().get("title").asString()).isEqualTo("Invalid input");
        assertThat(english.body()).contains("must be at least 0", "must be one of fr, en");
        assertThat(codes(french)).isEqualTo(codes(english)).containsExactly("language:one-of", "offsetsDays[0]:range");
    }

    @Test
    void anInvalidUnsubscribeLinkIsNotFoundInEitherLanguage() {
        Response french = me().inLanguage(null).get("/api/unsubscribe?token=forged");
        Response english = me().inLanguage("en").get("/api/unsubscribe?token=forged");

        assertThat(french.status()).isEqualTo(404);
        assertThat(french.json().get("code").asString()).isEqualTo(english.json().get("code").asString())
                .isEqualTo("not-found");
        assertThat(french.json().get("detail").asString()).isEqualTo("Ce lien de désabonnement n’est pas valide.");
        assertThat(english.json().get("detail").asString()).isEqualTo("This unsubscribe link is not valid.");
    }

    @Test
    void theFrenchAndEnglishProblemsHaveTheSameKeysAndNoEmptySentence() {
        ProblemBundleRules.assertSound("problems");
    }
}
