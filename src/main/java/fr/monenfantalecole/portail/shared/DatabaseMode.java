package fr.monenfantalecole.portail.shared;

/**
 * Whether the portal runs on the PostgreSQL it started itself or on an external server. Demo data
 * goes only into the embedded one unless asked for.
 */
public enum DatabaseMode {
    EMBEDDED,
    EXTERNAL
}
