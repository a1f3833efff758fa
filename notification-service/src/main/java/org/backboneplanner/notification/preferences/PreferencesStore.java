package org.backboneplanner.notification.preferences;

import java.time.Clock;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.backboneplanner.notification.NotificationProperties;
import org.backboneplanner.support.text.EmailAddress;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.stereotype.Component;

/** Preferences by address, with the defaults for whoever never set any. */
@Component
public class PreferencesStore {

    private final MongoTemplate mongo;
    private final NotificationProperties properties;
    private final Clock clock;

    PreferencesStore(MongoTemplate mongo, NotificationProperties properties, Clock clock) {
        this.mongo = mongo;
        this.properties = properties;
        this.clock = clock;
    }

    /** The preferences of an address; {@code language} is the default language when none was chosen. */
    public Preferences of(String email, String language) {
        Preferences stored = mongo.findById(key(email), Preferences.class);
        return stored != null ? stored : defaults(email, language);
    }

    /** What someone who never set preferences gets. */
    public Preferences defaults(String email, String language) {
        return new Preferences(key(email), null, properties.offsetsDays(), false, language, false, false, null);
    }

    /** The stored preferences of these addresses by {@link #key}, in one read; who has none is absent. */
    public Map<String, Preferences> storedOf(Collection<String> emails) {
        if (emails.isEmpty()) {
            return Map.of();
        }
        return mongo.find(Query.query(Criteria.where("_id").in(emails.stream().map(PreferencesStore::key)
                .distinct().toList())), Preferences.class).stream()
                .collect(Collectors.toMap(Preferences::email, Function.identity()));
    }

    public Preferences save(Preferences preferences) {
        Preferences saved = new Preferences(key(preferences.email()), preferences.memberId(),
                List.copyOf(preferences.offsetsDays()), preferences.digest(), preferences.language(),
                preferences.paused(), preferences.unsubscribed(), clock.instant());
        mongo.save(saved);
        return saved;
    }

    /** One-click unsubscribe: no more reminders, digests, invitations or mentions to this address. */
    public void unsubscribe(String email) {
        mongo.upsert(Query.query(Criteria.where("_id").is(key(email))), new Update().set("unsubscribed", true)
                .set("digest", false).set("updatedAt", clock.instant())
                .setOnInsert("offsetsDays", properties.offsetsDays()), Preferences.class);
    }

    /** Addresses that asked for the weekly digest. */
    public List<Preferences> digestSubscribers() {
        return mongo.find(Query.query(Criteria.where("digest").is(true).and("unsubscribed").ne(true)
                .and("paused").ne(true)), Preferences.class);
    }

    public static String key(String email) {
        return EmailAddress.normalize(email);
    }
}
