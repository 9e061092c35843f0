package fr.monenfantalecole.portail.browser;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import fr.monenfantalecole.portail.agenda.AgendaEvent;
import fr.monenfantalecole.portail.agenda.AgendaEvents;
import fr.monenfantalecole.portail.agenda.EventCategory;
import fr.monenfantalecole.portail.news.Actualites;
import fr.monenfantalecole.portail.school.AnnuaireImport;
import fr.monenfantalecole.portail.school.AnnuaireScope;
import fr.monenfantalecole.portail.sector.SectorRule;
import fr.monenfantalecole.portail.sector.SectorRules;
import fr.monenfantalecole.portail.support.World;
import fr.monenfantalecole.portail.tenant.Territory;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;
import org.springframework.test.web.servlet.MockMvc;

/**
 * What the public pages of a test's own {@link World} show beyond what the world gives (its commune, its
 * accounts, plain écoles, local values): establishments as the Annuaire describes them (an école primaire
 * with its address and its place on the map, an école maternelle, a collège), the commune presenting its
 * collèges and served under a host name of its own, a carte scolaire over two streets, a local news item,
 * an event of the agenda. Each is made through the owning module's public API (the identity through the
 * operator's admin page) and goes with the world: the establishments with the world's écoles (the first
 * of them is the world's own {@code school}, which makes the world remove its commune's establishments),
 * the rest with the commune (its rules, news, events and hosts are the commune's).
 *
 * <p>Kept in {@code browser} because the public-page walks share it; {@code World} could gain the
 * establishments with an address and the collège later.
 */
@Component
class OwnPortal {

    static final String PRIMAIRE = "École primaire publique Les Bleuets";
    static final String MATERNELLE = "École maternelle publique Les Lilas";
    static final String COLLEGE = "Collège public Les Essais";
    /** The primaire's address in the Annuaire: the page shows it in ordinary case ("4 place des Tilleuls"). */
    static final String ADRESSE = "4 place des TILLEULS";

    /** The street of the carte scolaire, numbers 1 to 99, both sides: the primaire and the collège. */
    static final String RUE = "RUE DES TROIS TILLEULS";
    /** The other street of the carte scolaire, numbers 1 to 99: the primaire and the collège. */
    static final String BOULEVARD = "BOULEVARD DES ESSAIS";

    private final AnnuaireImport annuaire;
    private final SectorRules rules;
    private final Actualites news;
    private final AgendaEvents events;
    /** Only in a test context ({@code @AutoConfigureMockMvc}): an application the tests start as a process has none. */
    private final ObjectProvider<MockMvc> mvc;

    private final Clock clock;

    OwnPortal(
            AnnuaireImport annuaire,
            SectorRules rules,
            Actualites news,
            AgendaEvents events,
            ObjectProvider<MockMvc> mvc,
            Clock clock) {
        this.annuaire = annuaire;
        this.rules = rules;
        this.news = news;
        this.events = events;
        this.mvc = mvc;
        this.clock = clock;
    }

    /** The UAIs of the three establishments {@link #schools} imports. */
    record Schools(String primaire, String maternelle, String college) {}

    /**
     * Imports into the world's commune, as the Annuaire lists them: {@link #PRIMAIRE} at {@link #ADRESSE}
     * (postal code 99300) with its coordinates, {@link #MATERNELLE}, and {@link #COLLEGE}.
     */
    Schools schools(World w) {
        String code = w.codeInsee();
        var primaire = w.school(PRIMAIRE).uai();
        var schools = new Schools(primaire, code + "01M", code + "02C");
        String csv = "Identifiant_de_l_etablissement;Nom_etablissement;Type_etablissement;Statut_public_prive;"
                + "Adresse_1;Code postal;Code_commune;Nom_commune;Ecole_maternelle;Ecole_elementaire;"
                + "latitude;longitude;etat\r\n"
                + line(schools.primaire(), PRIMAIRE, "Ecole", ADRESSE, w, "1;1")
                + line(schools.maternelle(), MATERNELLE, "Ecole", "2 RUE DES LILAS", w, "1;0")
                + line(schools.college(), COLLEGE, "Collège", "1 BOULEVARD DES ESSAIS", w, "0;0");
        annuaire.apply(
                csv.getBytes(StandardCharsets.UTF_8),
                AnnuaireScope.everything(new Territory(List.of(code), null)),
                w.id(),
                "annuaire-essai.csv",
                null);
        return schools;
    }

    /**
     * The commune presents its collèges too and is served under these host names, validated at once:
     * the platform's operator saves its identity page, as the operator does.
     */
    void identity(World w, String... hosts) throws Exception {
        var c = w.collectivite();
        mvc.getObject()
                .perform(post("/admin/" + w.slug() + "/identite")
                        .with(w.platform().mvc())
                        .with(csrf())
                        .param("nom", c.nom())
                        .param("academie", c.academie())
                        .param("zoneVacances", c.zoneVacances())
                        .param("afficherEcoles", "true")
                        .param("afficherColleges", "true")
                        .param("hosts", String.join("\n", hosts)))
                .andExpect(status().is3xxRedirection());
    }

    /**
     * A carte scolaire written by {@code owner} (the commune, or the département above it) for the
     * commune's two streets, {@link #RUE} and {@link #BOULEVARD}, numbers 1 to 99: the primaire for
     * the écoles' levels, the collège for the collège, as {@code niveaux} asks.
     */
    void sectors(World owner, World commune, Schools schools, String... niveaux) {
        List<SectorRule> lines = new ArrayList<>();
        for (String niveau : niveaux) {
            String uai = "college".equals(niveau) ? schools.college() : schools.primaire();
            for (String voie : List.of(RUE, BOULEVARD)) {
                lines.add(new SectorRule(
                        0,
                        niveau,
                        commune.codeInsee(),
                        commune.nom(),
                        "99300",
                        null,
                        voie,
                        1,
                        null,
                        99,
                        null,
                        "PI",
                        uai,
                        false));
            }
        }
        rules.replace(owner.id(), List.of(niveaux), lines);
    }

    /** A news item of the commune, published yesterday: its id. */
    long news(World w, String titre) {
        return news.create(
                w.id(),
                titre,
                "Les inscriptions ouvrent la semaine prochaine.",
                "Les inscriptions pour la rentrée ouvrent **la semaine prochaine** à la mairie.",
                LocalDate.now(clock).minusDays(1),
                null);
    }

    /** An afternoon event of the school, ten days from today, from 14 h to 17 h: its id. */
    long event(World w, String uai, String titre) {
        var day = LocalDate.now(clock).plusDays(10);
        return events.create(
                w.id(),
                new AgendaEvent.Data(
                        uai,
                        titre,
                        EventCategory.FETE,
                        "Spectacle des élèves puis goûter.",
                        "Cour de l'école",
                        false,
                        LocalDateTime.of(day, java.time.LocalTime.of(14, 0)),
                        LocalDateTime.of(day, java.time.LocalTime.of(17, 0))),
                null,
                false);
    }

    private static String line(String uai, String nom, String type, String adresse, World w, String niveaux) {
        return String.join(
                        ";",
                        uai,
                        nom,
                        type,
                        "Public",
                        adresse,
                        "99300",
                        w.codeInsee(),
                        w.nom(),
                        niveaux,
                        "48.35",
                        "-1.2",
                        "OUVERT")
                + "\r\n";
    }
}
