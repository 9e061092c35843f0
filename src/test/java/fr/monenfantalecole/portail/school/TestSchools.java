package fr.monenfantalecole.portail.school;

import fr.monenfantalecole.portail.shared.ClusterEvents;
import fr.monenfantalecole.portail.tenant.Collectivite;
import fr.monenfantalecole.portail.tenant.CollectiviteType;
import fr.monenfantalecole.portail.tenant.Collectivites;
import fr.monenfantalecole.portail.tenant.NewCollectivite;
import fr.monenfantalecole.portail.tenant.Territory;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Establishments a test loads for itself instead of the demo's Annuaire: lines of the Annuaire's CSV
 * in communes whose INSEE code starts with {@code 99}, which no demo portal's territory holds, loaded
 * as the platform loads the Annuaire (every kind), and removed again once the test is over.
 *
 * <p>Kept beside {@code support.World}, which covers the common case (a commune of its own, its écoles
 * through {@code w.school(nom)}, its director and accounts): a test that needs only that uses the world.
 * This class is for what the world does not do — a collège (a département's or an intercommunalité's
 * establishment, which {@code w.school} never imports), lines loaded for the whole "99" département at
 * once (several communes in one import), and a collectivité made with the settings its kind presents
 * (a département without écoles, a commune without collèges), which {@code TemporaryCollectivites} does
 * not set.
 */
public final class TestSchools {

    /** The prefix of every commune code here: no demo collectivité's territory holds it. */
    public static final String DEPARTEMENT = "99";

    private TestSchools() {}

    /**
     * A collectivité of the test presenting what its kind runs: a département its collèges, a commune
     * its écoles (leaving the collèges to whoever is above it), an intercommunalité both. Deleted by
     * {@code support.TemporaryCollectivites} as any other, its children first.
     */
    public static Collectivite collectivite(
            Collectivites collectivites,
            CollectiviteType type,
            String slug,
            String nom,
            @Nullable String codeInsee,
            @Nullable Long parentId) {
        long id = collectivites.create(new NewCollectivite(
                slug,
                type,
                nom,
                codeInsee,
                null,
                "Rennes",
                "B",
                parentId,
                "#00587c",
                "#6b3a00",
                null,
                null,
                type != CollectiviteType.DEPARTEMENT,
                type != CollectiviteType.COMMUNE));
        return collectivites.findById(id).orElseThrow();
    }

    /** A public école (maternelle and élémentaire), its Annuaire line. */
    public static String ecole(String uai, String nom, String codeCommune, String nomCommune) {
        return line(uai, nom, Etablissement.TYPE_ECOLE, codeCommune, nomCommune, "1;1");
    }

    /** A public collège, its Annuaire line. */
    public static String college(String uai, String nom, String codeCommune, String nomCommune) {
        return line(uai, nom, Etablissement.TYPE_COLLEGE, codeCommune, nomCommune, "0;0");
    }

    /** Loads these lines as the Annuaire for the communes they name, on behalf of {@code by}. */
    public static void load(AnnuaireImport annuaire, Collectivite by, String... lines) {
        byte[] file = (AnnuaireCsvTest.HEADER + String.join("", lines)).getBytes(StandardCharsets.UTF_8);
        var preview = annuaire.apply(
                file,
                AnnuaireScope.everything(new Territory(List.of(), DEPARTEMENT)),
                by.id(),
                "annuaire-test.csv",
                null);
        if (preview.added().size() + preview.changed().size() + preview.unchanged() != lines.length) {
            throw new IllegalStateException("Annuaire de test mal chargé : " + preview);
        }
    }

    /** Removes these establishments (after their collectivités: a service link names its school). */
    public static void remove(JdbcClient jdbc, ClusterEvents cluster, Collectivite by, String... uais) {
        jdbc.sql("delete from etablissement where uai = any(cast(:uais as text[]))")
                .param("uais", Arrays.stream(uais).toArray(String[]::new))
                .update();
        cluster.publish(new Etablissements.Changed(by.id()));
    }

    private static String line(
            String uai, String nom, String type, String codeCommune, String nomCommune, String niveaux) {
        if (!codeCommune.startsWith(DEPARTEMENT)) {
            throw new IllegalArgumentException("Une commune de test a un code en " + DEPARTEMENT + " : " + codeCommune);
        }
        return String.join(
                        ";",
                        uai,
                        nom,
                        type,
                        "Public",
                        "1 rue des Essais",
                        codeCommune,
                        codeCommune,
                        nomCommune,
                        niveaux,
                        "48.1",
                        "-1.6",
                        "OUVERT")
                + "\r\n";
    }
}
