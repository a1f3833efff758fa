package org.backboneplanner.debrief.answers;

/** The seed's three debrief questions, in French (the seed's words) and English. */
public enum DebriefQuestion {

    STRENGTHS_AND_WEAKNESSES(
            "Quelles sont les forces et les faiblesses actuelles de l'infrastructure de soutien en place?",
            "What are the current strengths and weaknesses of the backbone infrastructure in place?"),
    POOLED_RESOURCES(
            "Avons-nous prévu la mutualisation de certaines ressources avec nos partenaires ou au sein de notre équipe "
                    + "afin d'assurer l'exercice des rôles essentiels?",
            "Have we planned to pool some resources with our partners or within our team to carry the essential roles?"),
    WHAT_COMES_NEXT(
            "Comment planifions-nous la suite de notre initiative?",
            "How are we planning what comes next for our initiative?");

    private final String textFr;
    private final String textEn;

    DebriefQuestion(String textFr, String textEn) {
        this.textFr = textFr;
        this.textEn = textEn;
    }

    public String textFr() {
        return textFr;
    }

    public String textEn() {
        return textEn;
    }
}
