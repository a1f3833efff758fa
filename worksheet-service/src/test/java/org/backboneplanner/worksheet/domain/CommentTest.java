package org.backboneplanner.worksheet.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.List;
import java.util.Map;

import org.backboneplanner.events.BackboneRole;
import org.backboneplanner.events.worksheet.InitiativeRole;
import org.backboneplanner.support.problem.InvalidInputException;
import org.backboneplanner.support.problem.NotFoundException;
import org.backboneplanner.support.security.Member;
import org.backboneplanner.support.security.NetworkRole;
import org.junit.jupiter.api.Test;

/** A comment's rules: it mentions active members only, sits on a row or on one of its steps. */
class CommentTest {

    private static final Instant NOW = Instant.parse("2027-01-04T15:00:00Z");
    private static final Member ALICE = new Member("alice", "alice", "Alice", "alice@example.org", "fr",
            Map.of("net", NetworkRole.MEMBER));
    private static final Member GASTON = new Member("gaston", "gaston", "Gaston", "gaston@example.org", "fr",
            Map.of("net", NetworkRole.MEMBER));

    @Test
    void aCommentMentionsActiveMembersWithTheirAddressAndItsEventSaysSo() {
        Initiative initiative = Initiative.open("i1", "net", new InitiativeDetails("Table", null, null, 2027, 2029, null,
                null), ALICE, NOW);
        initiative.invite("gaston@example.org", "Gaston", InitiativeRole.GUEST, "fr", ALICE, NOW);
        initiative.join(GASTON, NOW);

        Comment comment = Comment.post("c1", initiative, BackboneRole.POLICY, null, GASTON, "  Et les jeunes? ",
                List.of("alice", "alice"), NOW);
        var added = comment.added("Table");

        assertThat(comment.body()).isEqualTo("Et les jeunes?");
        assertThat(added.mentions()).singleElement().satisfies(m -> assertThat(m.email()).isEqualTo("alice@example.org"));
        assertThat(added.authorName()).isEqualTo("Gaston");
        assertThat(comment.initiativeId()).isEqualTo("i1");
    }

    @Test
    void onlyMembersAreMentionedAndOnlyExistingStepsAreCommented() {
        Initiative initiative = Initiative.open("i1", "net", new InitiativeDetails("Table", null, null, 2027, 2029, null,
                null), ALICE, NOW);

        assertThatThrownBy(() -> Comment.post("c1", initiative, BackboneRole.POLICY, null, ALICE, "x", List.of("nobody"),
                NOW)).isInstanceOf(InvalidInputException.class);
        assertThatThrownBy(() -> Comment.post("c2", initiative, BackboneRole.POLICY, "nope", ALICE, "x", null, NOW))
                .isInstanceOf(NotFoundException.class);
    }
}
