package org.backboneplanner.notification.mail;

import java.util.Collection;
import java.util.Date;
import java.util.HashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.UnaryOperator;
import java.util.stream.Collectors;

import org.backboneplanner.events.EventEnvelope;
import org.backboneplanner.events.worksheet.InitiativeCreated;
import org.backboneplanner.events.worksheet.InitiativeDetailsChanged;
import org.bson.Document;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.stereotype.Component;

/**
 * Networks by their names, as initiative events carry them (worksheet-service takes them from its members'
 * tokens), so mails say "Réseau : Montérégie" rather than the network's alias. Events of different
 * initiatives arrive in no set order: a name is kept only over one from an older event.
 */
@Component
public class NetworkNames {

    static final String COLLECTION = "network_names";

    private final MongoTemplate mongo;

    NetworkNames(MongoTemplate mongo) {
        this.mongo = mongo;
    }

    /** Notes the network's name an initiative event gives, if it gives one. */
    public void learn(EventEnvelope event) {
        String name = event.payload() instanceof InitiativeCreated created ? created.networkName()
                : event.payload() instanceof InitiativeDetailsChanged changed ? changed.networkName() : null;
        if (name == null || name.isBlank()) {
            return;
        }
        Query older = Query.query(Criteria.where("_id").is(event.networkId()).orOperator(
                Criteria.where("namedAt").lt(Date.from(event.occurredAt())), Criteria.where("namedAt").exists(false)));
        try {
            mongo.upsert(older, new Update().set("name", name.strip()).set("namedAt", event.occurredAt()), COLLECTION);
        } catch (DuplicateKeyException newerKnown) {
            // a later event already named it
        }
    }

    /**
     * The names of these networks, read at once, as a function from a network's id to its name (or its id while
     * no event has named it); a network not among these is read when asked for.
     */
    public UnaryOperator<String> named(Collection<String> networkIds) {
        Set<String> asked = networkIds.stream().filter(Objects::nonNull).collect(Collectors.toSet());
        Map<String, String> names = new HashMap<>();
        if (!asked.isEmpty()) {
            Query byIds = Query.query(Criteria.where("_id").in(asked));
            mongo.find(byIds, Document.class, COLLECTION).stream().filter(known -> known.getString("name") != null)
                    .forEach(known -> names.put(known.getString("_id"), known.getString("name")));
        }
        return networkId -> names.containsKey(networkId) ? names.get(networkId)
                : asked.contains(networkId) ? networkId : of(networkId);
    }

    /** The network's name, or its id while no event has named it. */
    public String of(String networkId) {
        Document known = networkId == null ? null : mongo.findById(networkId, Document.class, COLLECTION);
        return known == null || known.getString("name") == null ? networkId : known.getString("name");
    }
}
