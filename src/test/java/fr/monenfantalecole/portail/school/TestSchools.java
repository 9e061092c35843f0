package fr.monenfantalecole.portail.school;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import fr.monenfantalecole.portail.shared.ClusterEvents;
import fr.monenfantalecole.portail.support.World;
import fr.monenfantalecole.portail.tenant.Collectivite;
import fr.monenfantalecole.portail.tenant.CollectiviteType;
import fr.monenfantalecole.portail.tenant.Collectivites;
import fr.monenfantalecole.portail.tenant.NewCollectivite;
import fr.monenfantalecole.portail.tenant.Territory;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

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
 * not set. On a world, {@link #presentColleges} and {@link #load(ApplicationContext, World, String...)}
 * add to its commune the collèges and private écoles the world does not import.
 */
public final class TestSchools {

    /** The prefix of every commune code here: no demo collectivité's territory holds it. */
    public static final String DEPARTEMENT = "99";

    /** The Annuaire's columns these lines fill: those of {@code AnnuaireCsvTest}, the third address line and the phone. */
    static final String HEADER = AnnuaireCsvTest.HEADER.replace("\r\n", ";Adresse_3;Telephone;Restauration\r\n");

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
        return line(uai, nom, Etablissement.TYPE_ECOLE, "Public", codeCommune, nomCommune, "1;1");
    }

    /** A private école (maternelle and élémentaire), its Annuaire line. */
    public static String ecolePrivee(String uai, String nom, String codeCommune, String nomCommune) {
        return line(uai, nom, Etablissement.TYPE_ECOLE, "Privé", codeCommune, nomCommune, "1;1");
    }

    /**
     * A public école as the Annuaire writes a real one: its street and town in capitals (the town line
     * "POSTAL TOWN" as {@code adresse_3}), its postal code, its phone number and its school restaurant.
     */
    public static String ecole(
            String uai,
            String nom,
            String adresse,
            String codePostal,
            String codeCommune,
            String nomCommune,
            String telephone) {
        return line(
                uai,
                nom,
                Etablissement.TYPE_ECOLE,
                "Public",
                adresse,
                codePostal,
                codeCommune,
                nomCommune,
                "1;1",
                codePostal + " " + nomCommune.toUpperCase(java.util.Locale.FRENCH),
                telephone);
    }

    /**
     * Any establishment of the commune, its Annuaire line: {@code niveaux} is "maternelle;élémentaire"
     * as 1 or 0 ("0;1" an élémentaire only), {@code type} as the Annuaire writes it ("Lycée", "Médico-social").
     */
    public static String etablissement(
            String uai, String nom, String type, String statut, String niveaux, String codeCommune, String nomCommune) {
        return line(uai, nom, type, statut, codeCommune, nomCommune, niveaux);
    }

    /** The same line at another position (every line here is at 48.1 N, 1.6 W): a territory elsewhere. */
    public static String at(String line, String latitude, String longitude) {
        return line.replace(";48.1;-1.6;", ";" + latitude + ";" + longitude + ";");
    }

    /** The street of {@link #ecoleWithIdentity}, and its postal code. */
    public static final String STREET = "12 place des Tilleuls";

    public static final String POSTAL_CODE = "99300";

    /**
     * Loads into the world's commune a public école as the Annuaire lists a real one ({@link #ecole(String,
     * String, String, String, String, String, String)}): at {@link #STREET}, {@link #POSTAL_CODE}, with this
     * phone number (digits as the Annuaire writes them) and a school restaurant. Returns its UAI.
     */
    public static String ecoleWithIdentity(ApplicationContext context, World w, String nom, String telephone) {
        String uai = uai(w, 60, 'G');
        load(context, w, ecole(uai, nom, STREET, POSTAL_CODE, w.codeInsee(), w.nom(), telephone));
        return uai;
    }

    /** A public collège, its Annuaire line. */
    public static String college(String uai, String nom, String codeCommune, String nomCommune) {
        return line(uai, nom, Etablissement.TYPE_COLLEGE, "Public", codeCommune, nomCommune, "0;0");
    }

    /** Loads these lines as the Annuaire for the communes they name, on behalf of {@code by}. */
    public static void load(AnnuaireImport annuaire, Collectivite by, String... lines) {
        byte[] file = (HEADER + String.join("", lines)).getBytes(StandardCharsets.UTF_8);
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

    /** A UAI in the world's commune that {@code w.school} never gives (its letter is F): {@code n} from 0 to 99. */
    public static String uai(World w, int n, char letter) {
        return w.codeInsee() + String.format("%02d", n) + letter;
    }

    /**
     * Loads these lines (collèges, private écoles of the world's commune) as the Annuaire lists them, on
     * behalf of the commune, touching nothing else; they are removed before the commune goes. Call it
     * after the world's own écoles ({@code w.school}): each of those re-imports the commune's écoles
     * and would close a private école it does not list.
     */
    public static void load(ApplicationContext context, World w, String... lines) {
        var annuaire = context.getBean(AnnuaireImport.class);
        var uais = Arrays.stream(lines).map(l -> l.substring(0, l.indexOf(';'))).toList();
        byte[] file = (HEADER + String.join("", lines)).getBytes(StandardCharsets.UTF_8);
        var scope = new AnnuaireScope(
                new Territory(List.of(w.codeInsee()), null), e -> uais.contains(e.uai()), "établissements");
        var preview = annuaire.apply(file, scope, w.id(), "annuaire-test.csv", null);
        if (preview.added().size() + preview.changed().size() + preview.unchanged() != lines.length) {
            throw new IllegalStateException("Annuaire de test mal chargé : " + preview);
        }
        var by = w.collectivite();
        w.afterwards(() -> remove(
                context.getBean(JdbcClient.class),
                context.getBean(ClusterEvents.class),
                by,
                uais.toArray(String[]::new)));
    }

    /** The commune presents its collèges too, as its admin sets it in its identity page. */
    public static void presentColleges(World w, MockMvc mvc) throws Exception {
        present(w, mvc, true, true);
    }

    /**
     * What the collectivité presents, as its admin sets it in its identity page: a département its
     * collèges only ({@code present(w, mvc, false, true)}). Not for an intercommunalité: the page would
     * also rewrite its member communes.
     */
    public static void present(World w, MockMvc mvc, boolean ecoles, boolean colleges) throws Exception {
        var c = w.collectivite();
        mvc.perform(post("/admin/" + w.slug() + "/identite")
                        .with(csrf())
                        .with(w.admin().mvc())
                        .param("nom", c.nom())
                        .param("academie", c.academie())
                        .param("zoneVacances", c.zoneVacances())
                        .param("afficherEcoles", String.valueOf(ecoles))
                        .param("afficherColleges", String.valueOf(colleges)))
                .andExpect(status().is3xxRedirection());
    }

    private static String line(
            String uai, String nom, String type, String statut, String codeCommune, String nomCommune, String niveaux) {
        return line(uai, nom, type, statut, "1 rue des Essais", codeCommune, codeCommune, nomCommune, niveaux, "", "");
    }

    private static String line(
            String uai,
            String nom,
            String type,
            String statut,
            String adresse,
            String codePostal,
            String codeCommune,
            String nomCommune,
            String niveaux,
            String adresse3,
            String telephone) {
        if (!codeCommune.startsWith(DEPARTEMENT)) {
            throw new IllegalArgumentException("Une commune de test a un code en " + DEPARTEMENT + " : " + codeCommune);
        }
        return String.join(
                        ";",
                        uai,
                        nom,
                        type,
                        statut,
                        adresse,
                        codePostal,
                        codeCommune,
                        nomCommune,
                        niveaux,
                        "48.1",
                        "-1.6",
                        "OUVERT",
                        adresse3,
                        telephone,
                        telephone.isEmpty() ? "" : "1")
                + "\r\n";
    }
}
