package fr.monenfantalecole.portail.enrolment;

import java.time.LocalDate;
import java.util.Optional;

/**
 * The classes of école a family enrols a child in. At école, a child is in the class of their birth
 * year: petite section the calendar year they turn 3, CP the year they turn 6; the mairie may accept
 * a year behind (a child who repeated), never ahead.
 */
public enum Level {
    PS("Petite section", 3, "maternelle"),
    MS("Moyenne section", 4, "maternelle"),
    GS("Grande section", 5, "maternelle"),
    CP("CP", 6, "elementaire"),
    CE1("CE1", 7, "elementaire"),
    CE2("CE2", 8, "elementaire"),
    CM1("CM1", 9, "elementaire"),
    CM2("CM2", 10, "elementaire");

    private final String libelle;
    private final int age;
    private final String cycle;

    Level(String libelle, int age, String cycle) {
        this.libelle = libelle;
        this.age = age;
        this.cycle = cycle;
    }

    public String libelle() {
        return libelle;
    }

    /** The carte scolaire's level: "maternelle" or "elementaire". */
    public String cycle() {
        return cycle;
    }

    public boolean maternelle() {
        return "maternelle".equals(cycle);
    }

    /** Null when a child born that day may enter this class at the rentrée of that year, else why not. */
    public @org.jspecify.annotations.Nullable String refusal(LocalDate birth, int rentreeYear) {
        int reached = rentreeYear - birth.getYear();
        int expected = rentreeYear - age;
        if (reached < age) {
            return "Trop jeune pour la classe de " + libelle + " à la rentrée " + rentreeYear
                    + " : il faut avoir " + age + " ans dans l'année civile (être né en " + expected
                    + " ou avant).";
        }
        if (reached > age + 1) {
            return "Trop âgé pour la classe de " + libelle + " à la rentrée " + rentreeYear
                    + " : elle accueille les enfants nés en " + expected + " (ou " + (expected - 1)
                    + " après un redoublement). Choisissez la classe qui correspond à son âge.";
        }
        return null;
    }

    public static Optional<Level> of(String code) {
        for (Level l : values()) {
            if (l.name().equals(code)) {
                return Optional.of(l);
            }
        }
        return Optional.empty();
    }
}
