package fr.monenfantalecole.portail.audience;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Audience measurement settings (portail.audience.*).
 *
 * @param active whether page views are recorded at all
 * @param conservationMois months raw page views are kept, at most 25 (the CNIL's limit); daily counts stay
 * @param tampon page views held in memory before being written; beyond, new ones are dropped and counted
 * @param lot page views written per batch
 */
@ConfigurationProperties("portail.audience")
record AudienceProperties(
        @DefaultValue("true") boolean active,
        @DefaultValue("13") int conservationMois,
        @DefaultValue("20000") int tampon,
        @DefaultValue("2000") int lot) {

    AudienceProperties {
        if (conservationMois < 1 || conservationMois > 25) {
            throw new IllegalArgumentException(
                    "portail.audience.conservation-mois doit être entre 1 et 25 (limite de la CNIL), pas "
                            + conservationMois);
        }
    }
}
