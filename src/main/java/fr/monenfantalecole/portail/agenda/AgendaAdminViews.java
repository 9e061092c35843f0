package fr.monenfantalecole.portail.agenda;

import java.util.List;
import org.jspecify.annotations.Nullable;

/** What the agenda's back-office pages show. */
public final class AgendaAdminViews {

    private AgendaAdminViews() {}

    /** One line of the back-office list of events. */
    public record Row(
            long id,
            String titre,
            String quand,
            String categorie,
            @Nullable String ecole,
            boolean exemple,
            boolean passe) {}

    /** What the preview of an uploaded school calendar shows. */
    public record HolidayPreview(
            String fileName,
            boolean applied,
            HolidayCsv.Parsed parsed,
            List<String> academies,
            List<String> annees,
            List<Holiday> rennes) {}
}
