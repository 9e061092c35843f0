package fr.monenfantalecole.portail.school;

import fr.monenfantalecole.portail.support.ForeignIds;
import fr.monenfantalecole.portail.support.IsolationTenant;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;

/** The collectivité's school (by its UAI, whatever module's route names it) and an Annuaire import, for the isolation campaign. */
@Component
class SchoolForeignIds implements ForeignIds {

    @Override
    public void create(IsolationTenant t) {
        t.upload("annuaireUpload", "ANNUAIRE");
    }

    @Override
    public @Nullable String value(String pattern, String segment, String variable, IsolationTenant t) {
        return switch (variable) {
            case "key", "uai" -> t.school();
            case "id" ->
                segment.equals("import") && pattern.contains("etablissements") ? t.get("annuaireUpload") : null;
            default -> null;
        };
    }
}
