package fr.monenfantalecole.portail.tenant;

import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * The communes whose establishments a collectivité presents: its own for a commune, its members
 * for an EPCI, every commune of the département for a département.
 *
 * @param communeCodes INSEE codes of the communes, empty for a département
 * @param departementCode set for a département: every commune whose code starts with it
 */
public record Territory(List<String> communeCodes, @Nullable String departementCode) {

    public Territory {
        communeCodes = List.copyOf(communeCodes);
    }

    public boolean contains(String codeCommune) {
        return departementCode != null ? codeCommune.startsWith(departementCode) : communeCodes.contains(codeCommune);
    }

    /** A LIKE pattern for SQL: matches nothing unless this is a département. */
    public String departementPattern() {
        return departementCode == null ? "" : departementCode + "%";
    }
}
