package fr.monenfantalecole.portail.demo;

import org.jspecify.annotations.Nullable;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Whether to load the demo. Unset: only into the embedded database. Set to true to load it into an
 * external database too (never done silently), false to never load it.
 */
@ConfigurationProperties("portail.demo")
record DemoProperties(@Nullable Boolean enabled) {}
