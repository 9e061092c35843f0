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
import org.springdoc.core.customizers.OpenApiCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The OpenAPI description of /api/v1 (springdoc, at /api/v1/openapi.json, browsable at
 * /api/v1/documentation): its front page, and what every endpoint shares: the errors it may answer
 * (404, 429 and 503, as {@link ApiError}) and the description of {@code {slug}}. Each endpoint's
 * summary and parameters are annotated beside it, in whatever module owns it.
 */
@Configuration(proxyBeanMethods = false)
class OpenApiConfiguration {

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
                                .url("https://www.etalab.gouv.fr/licence-ouverte-open-licence/")));
    }

    @Bean
    OpenApiCustomizer frenchDescriptions() {
        return openApi -> {
            if (openApi.getPaths() == null) {
                return;
            }
            openApi.getPaths().forEach((path, item) -> {
                for (Operation op : item.readOperations()) {
                    if (op.getParameters() != null) {
                        for (Parameter p : op.getParameters()) {
                            if ("slug".equals(p.getName()) && p.getDescription() == null) {
                                p.setDescription("Identifiant de la collectivité, par exemple fougeres");
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
                        responses.putIfAbsent(
                                "503",
                                error("Service très sollicité : réessayer après le délai indiqué par Retry-After"));
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
