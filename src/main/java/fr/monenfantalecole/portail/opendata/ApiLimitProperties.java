package fr.monenfantalecole.portail.opendata;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The per-client limit of the JSON API and the feeds (portail.api.limite.*): a bucket of
 * {@code rafale} requests per client address, refilled at {@code parMinute} per minute.
 */
@ConfigurationProperties("portail.api.limite")
record ApiLimitProperties(
        @DefaultValue("true") boolean active,
        @DefaultValue("120") long parMinute,
        @DefaultValue("60") long rafale,
        @DefaultValue("100000") long clientsSuivis) {}
