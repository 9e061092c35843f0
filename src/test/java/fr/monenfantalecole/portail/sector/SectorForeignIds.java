package fr.monenfantalecole.portail.sector;

import fr.monenfantalecole.portail.support.ForeignIds;
import fr.monenfantalecole.portail.support.IsolationTenant;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;

/** A carte scolaire import of the collectivité, for the isolation campaign. */
@Component
class SectorForeignIds implements ForeignIds {

    @Override
    public void create(IsolationTenant t) {
        t.upload("sectorUpload", "SECTEURS:elementaire");
    }

    @Override
    public @Nullable String value(String pattern, String segment, String variable, IsolationTenant t) {
        return switch (variable) {
            case "level" -> "elementaire";
            case "id" -> segment.equals("import") && pattern.contains("carte-scolaire") ? t.get("sectorUpload") : null;
            default -> null;
        };
    }
}
