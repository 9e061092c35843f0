package fr.monenfantalecole.portail.family;

import java.time.LocalDate;
import java.time.Month;
import java.util.Optional;

/**
 * The classes of école and collège, with the age a child usually reaches in the calendar year the
 * school year starts (a child enters CP the year they turn 6). Used to refuse a birth date that cannot
 * be right for the class typed, while leaving room for a year ahead or behind.
 */
public enum SchoolClass {
    TPS("tps", "Toute petite section", 2),
    PS("ps", "Petite section", 3),
    MS("ms", "Moyenne section", 4),
    GS("gs", "Grande section", 5),
    CP("cp", "CP", 6),
    CE1("ce1", "CE1", 7),
    CE2("ce2", "CE2", 8),
    CM1("cm1", "CM1", 9),
    CM2("cm2", "CM2", 10),
    SIXIEME("6e", "6e", 11),
    CINQUIEME("5e", "5e", 12),
    QUATRIEME("4e", "4e", 13),
    TROISIEME("3e", "3e", 14);

    /** How far from the usual age a child may be: a year ahead, two behind (a class repeated twice). */
    public static final int AHEAD = 1;

    public static final int BEHIND = 2;

    private final String code;
    private final String libelle;
    private final int usualAge;

    SchoolClass(String code, String libelle, int usualAge) {
        this.code = code;
        this.libelle = libelle;
        this.usualAge = usualAge;
    }

    public String code() {
        return code;
    }

    public String libelle() {
        return libelle;
    }

    /** The age a child usually reaches in the calendar year this class starts. */
    public int usualAge() {
        return usualAge;
    }

    public boolean college() {
        return usualAge >= 11;
    }

    public static Optional<SchoolClass> fromCode(String code) {
        for (SchoolClass c : values()) {
            if (c.code.equals(code)) {
                return Optional.of(c);
            }
        }
        return Optional.empty();
    }

    /** Whether a child born that day can be in this class in the school year starting in {@code rentree}. */
    public boolean plausibleFor(LocalDate birth, int rentreeYear) {
        int age = rentreeYear - birth.getYear();
        return age >= usualAge - AHEAD && age <= usualAge + BEHIND;
    }

    /** The school year a day belongs to, "2026-2027": it starts on 1 August. */
    public static String schoolYear(LocalDate day) {
        int start = day.getMonth().compareTo(Month.AUGUST) >= 0 ? day.getYear() : day.getYear() - 1;
        return start + "-" + (start + 1);
    }

    public static int rentreeYear(String schoolYear) {
        return Integer.parseInt(schoolYear.substring(0, 4));
    }
}
