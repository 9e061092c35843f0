package fr.monenfantalecole.portail.home;

import fr.monenfantalecole.portail.tenant.Collectivite;
import fr.monenfantalecole.portail.tenant.CommuneMembre;
import java.util.List;
import org.jspecify.annotations.Nullable;

/** A collectivité's home page. */
public record HomeView(
        Collectivite collectivite,
        long ecoles,
        long colleges,
        @Nullable Collectivite parent,
        List<Collectivite> children,
        List<CommuneMembre> members,
        List<fr.monenfantalecole.portail.news.ActualiteView> news,
        boolean tarifs,
        boolean demarches) {

    /** The title and lead sentence, worded for this kind of collectivité and the levels it presents. */
    public String titre() {
        return wording().titre();
    }

    public String accroche() {
        return wording().accroche();
    }

    private HomeWording wording() {
        return HomeWording.of(collectivite, ecoles, colleges);
    }

    public String etablissementsResume() {
        if (ecoles > 0 && colleges > 0) {
            return ecoles + " écoles et " + colleges + " collèges";
        }
        if (colleges > 0) {
            return colleges + (colleges > 1 ? " collèges" : " collège");
        }
        if (ecoles == 0) {
            return wording().etablissements();
        }
        return ecoles + (ecoles > 1 ? " écoles" : " école");
    }
}
