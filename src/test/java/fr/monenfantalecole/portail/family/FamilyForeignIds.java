package fr.monenfantalecole.portail.family;

import fr.monenfantalecole.portail.support.ForeignIds;
import fr.monenfantalecole.portail.support.IsolationTenant;
import org.jspecify.annotations.Nullable;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * A household of the collectivité for the isolation campaign: an adult, a child in their care, an
 * authorised adult and an invitation. First, since other modules' objects name the child.
 */
@Component
@Order(1)
class FamilyForeignIds implements ForeignIds {

    @Override
    public void create(IsolationTenant t) {
        t.insert("famille", """
                insert into famille_adulte (collectivite_id, email, nom, prenoms, consentement_version, consentement_le)
                values (?, ?, 'Matrice', 'Famille', '2026-12', now()) returning id""", t.id(), "matrice@" + t.slug() + ".famille.test");
        t.insert("enfant", """
                insert into famille_enfant (nom, prenoms, date_naissance, sexe, cree_par)
                values ('Matrice', 'Enfant', date '2018-03-14', 'F', ?) returning id""", t.number("famille"));
        t.jdbc()
                .update(
                        "insert into famille_responsabilite (adulte_id, enfant_id) values (?, ?)",
                        t.number("famille"),
                        t.number("enfant"));
        t.insert("autorise", """
                insert into famille_autorise (adulte_id, nom, prenoms, telephone, lien)
                values (?, 'Matrice', 'Autorisé', '0600000000', 'voisin') returning id""", t.number("famille"));
        t.insert("invitation", """
                insert into famille_invitation (jeton_hash, de_adulte_id, email, expire_le)
                values (md5(random()::text), ?, 'invite@famille.test', now() + interval '7 days') returning id""", t.number("famille"));
    }

    @Override
    public @Nullable String value(String pattern, String segment, String variable, IsolationTenant t) {
        return switch (variable) {
            case "child" -> t.get("enfant");
            case "secret" -> "secret-invente";
            case "id" ->
                switch (segment) {
                    case "enfants" -> t.get("enfant");
                    case "autorises" -> t.get("autorise");
                    case "invitations" -> t.get("invitation");
                    case "familles" -> t.get("famille");
                    default -> null;
                };
            default -> null;
        };
    }
}
