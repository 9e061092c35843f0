package fr.monenfantalecole.portail.sector;

import fr.monenfantalecole.portail.tenant.Collectivite;
import fr.monenfantalecole.portail.tenant.Collectivites;
import org.springframework.stereotype.Service;

/**
 * The coverage report of a collectivité's territory: every rule that applies there (its own and the
 * Département's), each finding marked with whether the collectivité can change it.
 */
@Service
class CoverageReports {

    private final SectorRules rules;
    private final Collectivites collectivites;
    private final SectorFileCheck fileCheck;

    CoverageReports(SectorRules rules, Collectivites collectivites, SectorFileCheck fileCheck) {
        this.rules = rules;
        this.collectivites = collectivites;
        this.fileCheck = fileCheck;
    }

    public Coverage.Report of(Collectivite collectivite) {
        var all = rules.all();
        var own = rules.ids(collectivite.id());
        var territory = collectivites.territory(collectivite);
        var open = fileCheck.openSchools(all.stream().map(SectorRule::uai).toList());
        return Coverage.of(all, territory::contains, open::contains, r -> own.contains(r.id()));
    }
}
