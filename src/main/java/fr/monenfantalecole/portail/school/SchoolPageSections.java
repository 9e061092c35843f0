package fr.monenfantalecole.portail.school;

import fr.monenfantalecole.portail.tenant.Collectivite;
import java.time.Instant;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * What other modules add to an establishment's public page, after its identity and map: the
 * rubriques the collectivité chose, filled by the director and validated by the mairie. An
 * interface here (implemented by the {@code rubrique} module) so that {@code school} depends on no
 * module that depends on it.
 */
public interface SchoolPageSections {

    /** A document offered for download with a section. */
    record Document(String nom, String url, String taille) {}

    /** One section, in the collectivité's order; {@code html} is already sanitised. */
    record Section(
            String titre, @Nullable String html, @Nullable Instant misAJour, List<Document> documents) {

        public boolean renseignee() {
            return html != null;
        }
    }

    /** An establishment the collectivité runs itself, listed after the schools. */
    record OtherEstablishment(String nom, String nature, String adresse, String url) {}

    /** The establishments the collectivité runs (centres de loisirs…), with their page. */
    default List<OtherEstablishment> others(Collectivite collectivite, String basePath) {
        return List.of();
    }

    /** The sections of a school page (an establishment of the Annuaire, or one the collectivité runs) on its portal. */
    List<Section> sections(Collectivite collectivite, String basePath, SchoolPageKey page);
}
