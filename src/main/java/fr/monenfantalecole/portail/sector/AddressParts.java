package fr.monenfantalecole.portail.sector;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * An address as typed, cut into its parts (between commas, line breaks or dashes) and folded, with
 * what is not part of the street taken out: the flat, building, staircase, floor, résidence and the
 * person it is addressed to. Street names holding such words ("allée du Bâtiment", "rue Madame de
 * Sévigné") are still found: the lookup also reads the parts as typed and keeps the surer reading.
 */
final class AddressParts {

    private AddressParts() {}

    private static final Pattern SEPARATORS = Pattern.compile("[,;\\n\\r]+|\\s+[-–—]+\\s+");

    /** A flat, building, staircase… and its number or letter: "appt 12", "bat B", "esc. 3", "porte B12". */
    private static final Pattern UNIT =
            Pattern.compile("\\b(?:APPARTEMENTS?|APPART|APPTS?|APT|APP|LOGEMENT|LOGT|LGT|LOG"
                    + "|BATIMENT|BAT|BT|BLOC|IMMEUBLE|IMM|ESCALIER|ESC|ENTREE|PORTE|PTE|CHAMBRE|BOITE|BAL|BP|CS|CIDEX"
                    + "|ETAGE|ETG|NIVEAU|CAVE)\\s+(?:NO?\\s+)?(?:[A-Z]?\\d{1,4}[A-Z]?|[A-Z])\\b");

    /** A floor: "2e étage", "3ème étage gauche", "1er", "rez-de-chaussée". */
    private static final Pattern FLOOR = Pattern.compile(
            "\\b(?:\\d{1,2}\\s*(?:E|EME|IEME|ER|ERE|ND|NDE)\\s+(?:ETAGE|ETG|ET)"
                    + "|PREMIER ETAGE|RDC|REZ DE CHAUSSEE|REZ DE JARDIN|SOUS SOL)\\b(?:\\s+(?:GAUCHE|DROITE|FOND|G|D)\\b)?");

    /** To whom: "chez", a title, "famille", then the name, up to a number or a street type. */
    private static final Pattern WHO = Pattern.compile("(?:^|\\s)(?:CHEZ|C O|A L ATTENTION DE|ATTN|M ET MME|MR ET MME"
            + "|MME|MMES|MLLE|MR|MONSIEUR|MADAME|MADEMOISELLE|FAMILLE|FAM|^M|^MM)(?=\\s)");

    private static final Pattern RESIDENCE_AFTER =
            Pattern.compile("(?<=[A-Z0-9])\\s+(?:RESIDENCE|RES)\\s.*?(?=\\s\\d{1,4}\\s*[A-Z]|$)");

    /** "n° 12", "numéro 12": the number stays, the word goes. */
    private static final Pattern NUMBER_WORD = Pattern.compile("\\b(?:N|NO|NUMERO)\\s+(?=\\d)");

    /** The folded parts as typed (only the "n°" taken out), empty ones dropped. */
    static List<String> typed(String address) {
        List<String> parts = new ArrayList<>();
        for (String part : SEPARATORS.split(address)) {
            String folded = clean(NUMBER_WORD.matcher(StreetNames.fold(part)).replaceAll(""));
            if (!folded.isEmpty()) {
                parts.add(folded);
            }
        }
        return parts;
    }

    /** The same parts without what is not the street; parts left empty are dropped. */
    static List<String> withoutComplements(List<String> parts) {
        List<String> out = new ArrayList<>();
        for (String part : parts) {
            String s = FLOOR.matcher(part).replaceAll(" ");
            s = UNIT.matcher(s).replaceAll(" ");
            s = UNIT.matcher(s).replaceAll(" ");
            s = withoutPerson(clean(s));
            s = withoutResidenceAfter(clean(s));
            s = clean(s);
            if (!s.isEmpty()) {
                out.add(s);
            }
        }
        return out;
    }

    /** The part without "chez M. et Mme Kerjean": the words after the title up to a number or a street type. */
    private static String withoutPerson(String part) {
        var who = WHO.matcher(part);
        if (!who.find()) {
            return part;
        }
        String before = part.substring(0, who.start()).strip();
        String previous = before.substring(before.lastIndexOf(' ') + 1);
        if (!previous.isEmpty() && (StreetTypes.of(previous) != null || StreetVocabulary.ARTICLES.contains(previous))) {
            return part; // "rue Madame de Sévigné": a title in a street name
        }
        String[] words = part.substring(who.end()).strip().split(" ");
        int k = 0;
        while (k < words.length
                && !words[k].matches("\\d{1,4}[A-Z]*")
                && !words[k].matches("CHEZ|FAMILLE|MME|MR|M|ET|LIEU|LD")
                && (k == 0 || StreetTypes.of(words[k]) == null)) {
            k++;
        }
        String rest = String.join(" ", List.of(words).subList(k, words.length));
        return withoutPerson(clean(part.substring(0, who.start()) + " " + rest));
    }

    /** "rue … 12 résidence Corot": a résidence after the street; "30 résidence Beaumanoir" is the street. */
    private static String withoutResidenceAfter(String part) {
        var m = RESIDENCE_AFTER.matcher(part);
        if (!m.find() || part.substring(0, m.start()).matches("\\d{1,4}\\s*(?:BIS|TER|[A-E])?")) {
            return part;
        }
        return clean(part.substring(0, m.start()) + " " + part.substring(m.end()));
    }

    private static String clean(String s) {
        return s.replaceAll("\\s+", " ").strip();
    }
}
