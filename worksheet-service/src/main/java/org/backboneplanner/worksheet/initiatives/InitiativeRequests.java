package org.backboneplanner.worksheet.initiatives;

import java.util.List;

import org.backboneplanner.events.Limits;
import org.backboneplanner.events.worksheet.Maturity;
import org.backboneplanner.events.worksheet.Visibility;
import org.backboneplanner.support.problem.FieldProblem;
import org.backboneplanner.support.problem.InvalidInputException;
import org.backboneplanner.support.text.OneLine;
import org.backboneplanner.worksheet.domain.InitiativeDetails;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/** What the API takes to open and describe an initiative. Left out: the defaults below. */
final class InitiativeRequests {

    private InitiativeRequests() {
    }

    /**
     * An initiative's description: all of it to open one (only the name is required; the planning horizon
     * defaults to this year and the two after, the seed insisting on planning beyond a single year), or
     * the fields to change (those left out stay as they are).
     */
    record InitiativeFields(
            @Size(min = 1, max = Limits.NAME) @OneLine @Pattern(regexp = "(?s).*\\S.*", message = "not-blank") String name,
            @Size(max = Limits.TEXT) String description,
            Maturity maturity,
            @Min(2000) @Max(2100) Integer startYear,
            @Min(2000) @Max(2100) Integer endYear,
            @Size(min = 1, max = 2) List<@NotNull @Pattern(regexp = "fr|en", message = "one-of") String> languages,
            Visibility visibility) {

        /** A new initiative's details, with the defaults for what is left out. */
        InitiativeDetails details(int thisYear) {
            if (name == null) {
                throw new InvalidInputException(FieldProblem.of("name", "not-blank"));
            }
            int start = startYear != null ? startYear : thisYear;
            return new InitiativeDetails(name.strip(), description, maturity, start, endYear != null ? endYear : start + 2,
                    languages, visibility);
        }

        /** The details after this change. */
        InitiativeDetails applyTo(InitiativeDetails current) {
            return new InitiativeDetails(name != null ? name.strip() : current.name(),
                    description != null ? description : current.description(),
                    maturity != null ? maturity : current.maturity(),
                    startYear != null ? startYear : current.startYear(),
                    endYear != null ? endYear : current.endYear(),
                    languages != null ? List.copyOf(languages) : current.languages(),
                    visibility != null ? visibility : current.visibility());
        }
    }
}
