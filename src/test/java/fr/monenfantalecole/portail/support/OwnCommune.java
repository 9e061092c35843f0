package fr.monenfantalecole.portail.support;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * On a {@link World} field of a {@link PortailTest} class: before each test, a commune of its own from
 * {@link Fixtures#commune()}, closed after the test (after its {@code @AfterEach} methods), by
 * {@link OwnCommuneExtension}. A test that needs a particular world opens it itself.
 */
@Target(ElementType.FIELD)
@Retention(RetentionPolicy.RUNTIME)
public @interface OwnCommune {}
