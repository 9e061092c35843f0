package fr.monenfantalecole.portail.enrolment;

import fr.monenfantalecole.portail.support.ForeignIds;
import fr.monenfantalecole.portail.support.IsolationTenant;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;

/** A school enrolment request of the collectivité's household, with one proof, for the isolation campaign. */
@Component
class EnrolmentForeignIds implements ForeignIds {

    @Override
    public void create(IsolationTenant t) {
        t.insert("inscription", """
                insert into inscription_demande (collectivite_id, enfant_id, annee_scolaire, niveau, uai, derogation)
                values (?, ?, '2031-2032', 'CP', ?, false) returning id""", t.id(), t.number("enfant"), t.school());
        var cle = UUID.randomUUID();
        var jdbc = t.jdbc();
        jdbc.update("insert into inscription_fichier (cle, contenu) values (?, '\\x255044462d312e34'::bytea)", cle);
        t.afterwards(() -> jdbc.update("delete from inscription_fichier where cle = ?", cle));
        t.insert("piece", """
                insert into inscription_piece (demande_id, piece, type_contenu, taille, cle)
                values (?, 'Justificatif de domicile', 'application/pdf', 8, ?) returning id""", t.number("inscription"), cle);
    }

    @Override
    public @Nullable String value(String pattern, String segment, String variable, IsolationTenant t) {
        return switch (variable) {
            case "pieceId" -> t.get("piece");
            case "id" -> segment.equals("inscriptions") ? t.get("inscription") : null;
            default -> null;
        };
    }
}
