package org.backboneplanner.events.worksheet;

/** The two plans step 2 asks a mature initiative for: succession ("relève") and sustainability ("pérennité"). */
public enum PlanKind {
    SUCCESSION("Relève", "Succession"), SUSTAINABILITY("Pérennité", "Sustainability");

    private final String labelFr;
    private final String labelEn;

    PlanKind(String labelFr, String labelEn) {
        this.labelFr = labelFr;
        this.labelEn = labelEn;
    }

    public String label(String language) {
        return language != null && language.startsWith("en") ? labelEn : labelFr;
    }
}
