package fr.monenfantalecole.portail.agenda;

import fr.monenfantalecole.portail.support.ForeignIds;
import fr.monenfantalecole.portail.support.IsolationTenant;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;

/** The agenda's objects for the isolation campaign: an event, and the school holidays' imports. */
@Component
class AgendaForeignIds implements ForeignIds {

    @Override
    public void create(IsolationTenant t) {
        t.insert("event", """
                insert into agenda_evenement (collectivite_id, titre, categorie, journee_entiere, debut, fin)
                values (?, 'Fête de la matrice', 'AUTRE', true, now() + interval '10 days', now() + interval '11 days')
                returning id""", t.id());
    }

    @Override
    public @Nullable String value(String pattern, String segment, String variable, IsolationTenant t) {
        if (!variable.equals("id")) {
            return null;
        }
        if (segment.equals("import") && pattern.startsWith("/admin/vacances-scolaires")) {
            // The holidays' imports are the platform's: no collectivité holds one, any id will do.
            return UUID.randomUUID().toString();
        }
        return segment.equals("agenda") ? t.get("event") : null;
    }
}
