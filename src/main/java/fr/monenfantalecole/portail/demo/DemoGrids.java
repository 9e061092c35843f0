package fr.monenfantalecole.portail.demo;

import fr.monenfantalecole.portail.service.Grille;
import fr.monenfantalecole.portail.service.Grille.Bornes;
import fr.monenfantalecole.portail.service.Grille.Tranche;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/** Short ways of writing the demo's price grids, so that each reads as the table a mairie publishes. */
final class DemoGrids {

    private static final Pattern SPACES = Pattern.compile("\\s+");

    private DemoGrids() {}

    /**
     * Tranches as a table, one per line: from and to in euros ("-" for no upper bound), then the
     * price in cents.
     */
    static Grille tranches(
            Bornes bornes, long defaultCents, Grille.NonResident nonResident, Grille.Fratrie fratrie, String table) {
        List<Tranche> list = new ArrayList<>();
        for (String line : table.strip().lines().toList()) {
            String[] cells = SPACES.split(line.strip());
            Long to = cells[1].equals("-") ? null : Long.parseLong(cells[1]) * 100;
            list.add(new Tranche(Long.parseLong(cells[0]) * 100, to, Long.parseLong(cells[2])));
        }
        return new Grille(Grille.Mode.TRANCHES, bornes, list, null, null, null, defaultCents, nonResident, fratrie);
    }

    static Grille taux(
            String pct,
            long floor,
            long ceiling,
            long defaultCents,
            Grille.NonResident nonResident,
            Grille.Fratrie fratrie) {
        return new Grille(
                Grille.Mode.TAUX_EFFORT,
                Bornes.MIN_INCLUS,
                List.of(),
                new BigDecimal(pct),
                floor,
                ceiling,
                defaultCents,
                nonResident,
                fratrie);
    }

    static Grille.NonResident majoration(String pct) {
        return new Grille.NonResident(Grille.RegleNonResident.MAJORATION, new BigDecimal(pct), null);
    }

    static Grille.NonResident prixFixe(long cents) {
        return new Grille.NonResident(Grille.RegleNonResident.PRIX_FIXE, null, cents);
    }

    static Grille.Fratrie fratrie(int rank, String pct) {
        return new Grille.Fratrie(rank, new BigDecimal(pct));
    }
}
