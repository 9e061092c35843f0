package fr.monenfantalecole.portail.service;

import fr.monenfantalecole.portail.support.ForeignIds;
import fr.monenfantalecole.portail.support.IsolationTenant;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;

/** A tariff grid and a link of the collectivité, for the isolation campaign. */
@Component
class ServiceForeignIds implements ForeignIds {

    @Override
    public void create(IsolationTenant t) {
        t.insert("prestation", """
                insert into prestation (collectivite_id, nom, unite, annee_scolaire, mode, bornes, prix_defaut_centimes,
                                        non_resident)
                values (?, 'Service de la matrice', 'repas', '2030-2031', 'TRANCHES', 'MIN_INCLUS', 100, 'IDENTIQUE')
                returning id""", t.id());
        t.insert("lien", """
                insert into lien_service (collectivite_id, type, titre, url)
                values (?, 'TELESERVICE', 'Lien de la matrice', 'https://example.org') returning id""", t.id());
    }

    @Override
    public @Nullable String value(String pattern, String segment, String variable, IsolationTenant t) {
        if (!variable.equals("id")) {
            return null;
        }
        return switch (segment) {
            case "tarifs" -> t.get("prestation");
            case "liens" -> t.get("lien");
            default -> null;
        };
    }
}
