package fr.monenfantalecole.portail.shared.web;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Marks a controller of the public JSON API (/api/v1), whatever module owns it: its errors are
 * answered by {@code opendata.ApiErrorAdvice} in the one JSON shape the OpenAPI description publishes,
 * {@code {"erreur": "…"}} (with {@code "champs"} when parameters are wrong), never as an HTML page.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Documented
public @interface PublicApi {}
