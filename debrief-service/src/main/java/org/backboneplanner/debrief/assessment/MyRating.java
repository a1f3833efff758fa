package org.backboneplanner.debrief.assessment;

import java.time.Instant;

import org.backboneplanner.events.BackboneRole;
import org.bson.Document;

/** The caller's own rating of a role (score null until they rate it); {@code etag} goes in If-Match. */
record MyRating(BackboneRole role, Integer score, String why, boolean showName, Instant ratedAt, String etag) {

    static MyRating of(BackboneRole role, Document rating) {
        if (rating == null) {
            return new MyRating(role, null, null, false, null, SelfAssessments.etag(0));
        }
        return new MyRating(role, rating.getInteger("score"), rating.getString("why"),
                Boolean.TRUE.equals(rating.getBoolean("showName")), rating.getDate("ratedAt").toInstant(),
                SelfAssessments.etag(rating.getLong("version")));
    }
}
