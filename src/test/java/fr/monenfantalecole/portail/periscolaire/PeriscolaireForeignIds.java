package fr.monenfantalecole.portail.periscolaire;

import fr.monenfantalecole.portail.support.ForeignIds;
import fr.monenfantalecole.portail.support.IsolationTenant;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;

/** An activity at the collectivité's school and a closing day, for the isolation campaign. */
@Component
class PeriscolaireForeignIds implements ForeignIds {

    @Override
    public void create(IsolationTenant t) {
        t.insert("activite", """
                insert into peri_activite (collectivite_id, uai, annee_scolaire, type, capacite, jours, debut, fin)
                values (?, ?, '2031-2032', 'CANTINE', 20, '1,2,4,5', date '2031-09-01', date '2032-07-04')
                returning id""", t.id(), t.school());
        t.insert("fermeture", """
                insert into peri_fermeture (collectivite_id, jour, motif)
                values (?, date '2031-10-10', 'Fermeture de la matrice') returning id""", t.id());
    }

    @Override
    public @Nullable String value(String pattern, String segment, String variable, IsolationTenant t) {
        return switch (variable) {
            case "activity" -> t.get("activite");
            case "id" ->
                switch (segment) {
                    case "activites" -> t.get("activite");
                    case "fermetures" -> t.get("fermeture");
                    default -> null;
                };
            default -> null;
        };
    }
}
