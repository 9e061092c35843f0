package fr.monenfantalecole.portail.opendata;

import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.Operation;
import io.swagger.v3.oas.models.info.Contact;
import io.swagger.v3.oas.models.info.Info;
import io.swagger.v3.oas.models.info.License;
import io.swagger.v3.oas.models.media.Content;
import io.swagger.v3.oas.models.media.MediaType;
import io.swagger.v3.oas.models.media.ObjectSchema;
import io.swagger.v3.oas.models.media.StringSchema;
import io.swagger.v3.oas.models.parameters.Parameter;
import io.swagger.v3.oas.models.responses.ApiResponse;
import io.swagger.v3.oas.models.tags.Tag;
import java.util.Map;
import org.springdoc.core.customizers.OpenApiCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The OpenAPI description of /api/v1 (springdoc, at /api/v1/openapi.json, browsable at
 * /api/v1/documentation): French summaries for the endpoints other modules wrote, and the errors
 * every endpoint may answer (404 and 429, as French JSON).
 */
@Configuration(proxyBeanMethods = false)
class OpenApiConfiguration {

    /** Summary, description and parameter descriptions of the endpoints declared outside this module. */
    record Doc(String tag, String summary, String description, Map<String, String> parameters) {}

    static final Map<String, Doc> OTHERS = Map.of(
            "/api/v1/{slug}/recherche",
                    new Doc(
                            "Recherche",
                            "Rechercher sur le portail",
                            "Les fiches, actualités et écoles de la collectivité qui répondent à la question, les mieux classées d'abord, "
                                    + "avec un extrait où les mots trouvés sont entourés de <mark>. Propose une orthographe quand rien n'est trouvé.",
                            Map.of("q", "Les mots cherchés", "limit", "Nombre maximal de résultats (1 à 50)")),
            "/api/v1/{slug}/suggestions",
                    new Doc(
                            "Recherche",
                            "Suggestions de la boîte de recherche",
                            "Les titres qui complètent ce qui est tapé (à partir de 2 caractères).",
                            Map.of(
                                    "q",
                                    "Le début de la question",
                                    "base",
                                    "« / » pour des liens de la forme /collectivite/…, sinon relatifs au nom de domaine propre")),
            "/api/v1/{slug}/carte-scolaire",
                    new Doc(
                            "Services",
                            "Quelle école pour mon adresse ?",
                            "L'école ou le collège de secteur d'une adresse d'après la carte scolaire, avec la règle appliquée, ou des suggestions d'adresses.",
                            Map.of(
                                    "adresse",
                                    "L'adresse tapée, même abrégée ou avec des fautes",
                                    "niveau",
                                    "maternelle, elementaire ou college",
                                    "lat",
                                    "Latitude d'un point (avec lon, au lieu de l'adresse)",
                                    "lon",
                                    "Longitude d'un point")),
            "/api/v1/{slug}/carte-scolaire/voies",
                    new Doc(
                            "Services",
                            "Voies connues de la carte scolaire",
                            "Les noms de voies que la carte scolaire connaît, pour compléter la saisie d'une adresse.",
                            Map.of("q", "Le début du nom de la voie")),
            "/api/v1/{slug}/quotient-familial",
                    new Doc(
                            "Services",
                            "Calcul du quotient familial",
                            "Le quotient familial (méthode CAF ou impôts) expliqué étape par étape, et le prix de chaque service de la collectivité à ce quotient. Rien n'est enregistré.",
                            Map.of(
                                    "revenus",
                                    "Revenus annuels du foyer, en euros",
                                    "prestations",
                                    "Prestations familiales mensuelles, en euros",
                                    "adultes",
                                    "Nombre d'adultes du foyer",
                                    "enfants",
                                    "Nombre d'enfants à charge",
                                    "enfants_handicapes",
                                    "Dont enfants en situation de handicap",
                                    "methode",
                                    "caf ou dgfip",
                                    "resident",
                                    "Le foyer habite la collectivité")),
            "/api/v1/{slug}/tarifs",
                    new Doc(
                            "Services",
                            "Tarifs des services",
                            "Le prix de chaque service (cantine, périscolaire…) pour une année scolaire, à un quotient ou sans quotient.",
                            Map.of(
                                    "qf",
                                    "Quotient familial en euros",
                                    "resident",
                                    "Le foyer habite la collectivité",
                                    "rang",
                                    "Rang de l'enfant parmi ceux de la famille inscrits (réductions)",
                                    "annee",
                                    "Année scolaire, par exemple 2025-2026")));

    @Bean
    OpenAPI portailOpenApi() {
        return new OpenAPI()
                .info(new Info()
                        .title("Mon enfant à l'école — API publique")
                        .version("v1")
                        .description("""
                                Les contenus publics de chaque portail de collectivité, en JSON : questions-réponses avec les \
                                données locales insérées, actualités, établissements, agenda (vacances et événements), carte \
                                scolaire, quotient familial et tarifs, recherche. `{slug}` est l'identifiant de la collectivité \
                                (par exemple `fougeres`).

                                Les réponses portent ETag et Last-Modified : renvoyez If-None-Match ou If-Modified-Since pour \
                                recevoir 304 quand rien n'a changé. Chaque client est limité (par défaut 120 requêtes par minute, \
                                60 d'affilée) : au-delà, 429 avec l'en-tête Retry-After en secondes. Erreurs : `{"erreur": "…"}` \
                                en français.

                                Autres formats ouverts, sans clé : flux RSS et Atom des actualités (/{slug}/actualites.rss, \
                                /{slug}/actualites.atom), iCalendar de l'agenda (/{slug}/agenda.ics), plan du site \
                                (/{slug}/sitemap.xml), flux XML des fiches (/{slug}/flux/fiches.xml, schéma /xsd/flux-fiches-1.0.xsd).""")
                        .contact(new Contact().name("Mon enfant à l'école"))
                        .license(new License()
                                .name("Licence Ouverte 2.0 (Etalab)")
                                .url("https://www.etalab.gouv.fr/licence-ouverte-open-licence/")))
                .addTagsItem(new Tag().name("Services").description("Carte scolaire, quotient familial, tarifs"))
                .addTagsItem(new Tag().name("Recherche").description("Recherche et suggestions"));
    }

    @Bean
    OpenApiCustomizer frenchDescriptions() {
        return openApi -> {
            if (openApi.getPaths() == null) {
                return;
            }
            openApi.getPaths().forEach((path, item) -> {
                var doc = OTHERS.get(path);
                for (Operation op : item.readOperations()) {
                    if (doc != null) {
                        op.setTags(java.util.List.of(doc.tag()));
                        op.setSummary(doc.summary());
                        op.setDescription(doc.description());
                    }
                    if (op.getParameters() != null) {
                        for (Parameter p : op.getParameters()) {
                            if ("slug".equals(p.getName()) && p.getDescription() == null) {
                                p.setDescription("Identifiant de la collectivité, par exemple fougeres");
                            } else if (doc != null && doc.parameters().containsKey(p.getName())) {
                                p.setDescription(doc.parameters().get(p.getName()));
                            }
                        }
                    }
                    var responses = op.getResponses();
                    if (responses != null) {
                        responses.putIfAbsent("404", error("Collectivité inconnue, ou contenu qu'elle ne publie pas"));
                        responses.putIfAbsent(
                                "429",
                                error("Trop de requêtes : réessayer après le délai indiqué par Retry-After")
                                        .addHeaderObject(
                                                "Retry-After",
                                                new io.swagger.v3.oas.models.headers.Header()
                                                        .description("Secondes à attendre")
                                                        .schema(new io.swagger.v3.oas.models.media.IntegerSchema())));
                        var ok = responses.get("200");
                        if (ok != null
                                && (ok.getDescription() == null
                                        || ok.getDescription().equals("OK"))) {
                            ok.setDescription("Réponse");
                        }
                    }
                }
            });
        };
    }

    private static ApiResponse error(String description) {
        return new ApiResponse()
                .description(description)
                .content(new Content()
                        .addMediaType(
                                "application/json",
                                new MediaType().schema(new ObjectSchema().addProperty("erreur", new StringSchema()))));
    }
}
