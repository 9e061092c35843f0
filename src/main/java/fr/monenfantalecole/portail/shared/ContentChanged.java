package fr.monenfantalecole.portail.shared;

/**
 * Something parents can see changed (a sheet published, local values saved, news, establishments),
 * on this node or another: caches and the search index refresh. The topic says what:
 * "recherche", or "valeurs:{collectiviteId}".
 */
public record ContentChanged(String topic) {

    public static final String SEARCH = "recherche";

    public static String values(long collectiviteId) {
        return "valeurs:" + collectiviteId;
    }
}
