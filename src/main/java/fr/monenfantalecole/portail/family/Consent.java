package fr.monenfantalecole.portail.family;

/**
 * The text a parent accepts at sign-up. Its version is recorded with the account: a new text gets a new
 * version, and the register of processing activities shows the current one.
 */
final class Consent {

    static final String VERSION = "2026-12";

    private Consent() {}
}
