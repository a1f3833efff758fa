package org.backboneplanner.events;

/**
 * The six roles of a backbone infrastructure, in the worksheet's order. The French labels are the
 * seed's own words; the English ones are ours. Every service speaks of roles by these keys.
 */
public enum BackboneRole {

    VISION_STRATEGY("Guider la vision et la stratégie d'ensemble", "Guide vision and strategy"),
    SHARED_MEASUREMENT("Établir un système d'évaluation commun", "Establish shared measurement"),
    ALIGNED_ACTIVITIES("Favoriser les activités se renforçant mutuellement", "Support aligned activities"),
    COMMUNITY_ENGAGEMENT("Cultiver et maintenir l'engagement de la communauté", "Build community engagement"),
    POLICY("Influencer les politiques", "Advance policy"),
    RESOURCES("Mobiliser les ressources (financières et autres)", "Mobilize resources");

    private final String labelFr;
    private final String labelEn;

    BackboneRole(String labelFr, String labelEn) {
        this.labelFr = labelFr;
        this.labelEn = labelEn;
    }

    public String labelFr() {
        return labelFr;
    }

    public String labelEn() {
        return labelEn;
    }

    /** The label in a language, French unless English is asked for. */
    public String label(String language) {
        return language != null && language.toLowerCase().startsWith("en") ? labelEn : labelFr;
    }

    /** The role of a key, or null when the key names none (callers answer that with a 4xx). */
    public static BackboneRole fromKey(String key) {
        for (BackboneRole role : values()) {
            if (role.name().equals(key)) {
                return role;
            }
        }
        return null;
    }
}
