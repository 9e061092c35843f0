package fr.monenfantalecole.portail.demo;

import fr.monenfantalecole.portail.service.LienService;
import fr.monenfantalecole.portail.service.LiensServices;
import fr.monenfantalecole.portail.tenant.Collectivite;
import fr.monenfantalecole.portail.tenant.Collectivites;
import java.util.function.Consumer;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;

/** The demo's links to téléservices (examples pointing at each town's site) and to the académie's ENT. */
@Component
class DemoServiceLinks {

    private final LiensServices liens;
    private final Collectivites collectivites;

    DemoServiceLinks(LiensServices liens, Collectivites collectivites) {
        this.liens = liens;
        this.collectivites = collectivites;
    }

    void load() {
        with("fougeres", c -> {
            link(
                    c,
                    LienService.Type.TELESERVICE,
                    null,
                    "Portail famille : inscriptions et paiement",
                    "Inscrire votre enfant à la cantine et au périscolaire, payer vos factures en ligne (lien d'exemple vers le site de la ville).",
                    "Familles des écoles publiques de Fougères",
                    c.siteWeb(),
                    1);
            link(
                    c,
                    LienService.Type.ENT,
                    "0350256N",
                    "ENT de l'école Odile Gautry",
                    "Cahier de liaison, photos de la classe et messages de l'équipe (lien d'exemple).",
                    "Familles de l'école",
                    "https://beneylu.com/school/",
                    2);
        });
        with("rennes", c -> {
            link(
                    c,
                    LienService.Type.TELESERVICE,
                    null,
                    "Démarches enfance en ligne",
                    "Inscriptions scolaires et périscolaires, paiement (lien d'exemple vers le site de la ville).",
                    "Familles rennaises",
                    c.siteWeb(),
                    1);
        });
        with("vitre", c -> {
            link(
                    c,
                    LienService.Type.TELESERVICE,
                    null,
                    "Espace famille",
                    "Réservations et paiement de la cantine et de la garderie (lien d'exemple vers le site de la ville).",
                    "Familles des écoles publiques de Vitré",
                    c.siteWeb(),
                    1);
        });
        with("saint-malo", c -> {
            link(
                    c,
                    LienService.Type.TELESERVICE,
                    null,
                    "Portail famille",
                    "Inscriptions, réservations et paiement (lien d'exemple vers le site de la ville).",
                    "Familles malouines",
                    c.siteWeb(),
                    1);
        });
        for (var c : collectivites.all()) {
            link(
                    c,
                    LienService.Type.ENT,
                    null,
                    "Toutatice, l'ENT de l'académie de Rennes",
                    "Cahier de textes, messagerie et ressources des écoles et collèges publics de Bretagne.",
                    "Élèves, parents et enseignants des établissements publics",
                    "https://www.toutatice.fr/",
                    10);
        }
    }

    private void with(String slug, Consumer<Collectivite> action) {
        collectivites.findBySlug(slug).ifPresent(action);
    }

    private void link(
            Collectivite c,
            LienService.Type type,
            @Nullable String uai,
            String titre,
            String description,
            String publicVise,
            @Nullable String url,
            int order) {
        if (url == null || LiensServices.urlProblem(url) != null) {
            return;
        }
        liens.create(c.id(), new LiensServices.Saisie(type, uai, titre, description, publicVise, url, order));
    }
}
