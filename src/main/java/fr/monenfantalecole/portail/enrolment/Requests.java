package fr.monenfantalecole.portail.enrolment;

import fr.monenfantalecole.portail.family.Child;
import fr.monenfantalecole.portail.family.ChildrenOnRecord;
import fr.monenfantalecole.portail.family.ParentalAuthority;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.jdbc.core.SimplePropertyRowMapper;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The requests, always read through who asks: a family through the parental authority it holds over
 * the child, agents through the collectivités they manage, a director through the school they direct.
 * Another household's, collectivité's or school's id finds nothing, as an id that does not exist.
 */
@Repository
class Requests {

    /** What the family files. */
    public record NewRequest(
            long collectiviteId,
            long enfantId,
            long deposePar,
            String anneeScolaire,
            Level niveau,
            @Nullable String uaiSecteur,
            @Nullable String regleSecteur,
            String uai,
            boolean derogation,
            @Nullable Motif motif,
            @Nullable String motifPrecision) {}

    /** The agents' filters; null means any. */
    public record Filter(
            @Nullable String uai,
            @Nullable Statut statut,
            @Nullable LocalDate du,
            @Nullable LocalDate au) {}

    private static final Comparator<Request> BY_CLASS_AND_NAME = Comparator.comparing(Request::niveau)
            .thenComparing(Child.byName(Request::enfantNom, Request::enfantPrenoms));

    private static final RowMapper<Request.Row> ROW = new SimplePropertyRowMapper<>(Request.Row.class);

    private final JdbcClient jdbc;
    private final ParentalAuthority authority;
    private final ChildrenOnRecord children;

    Requests(JdbcClient jdbc, ParentalAuthority authority, ChildrenOnRecord children) {
        this.jdbc = jdbc;
        this.authority = authority;
        this.children = children;
    }

    long insert(NewRequest r) {
        return jdbc.sql("""
                insert into inscription_demande (collectivite_id, enfant_id, depose_par, annee_scolaire, niveau,
                       uai_secteur, regle_secteur, uai, derogation, motif, motif_precision)
                values (:c, :enfant, :adult, :annee, :niveau, :secteur, :regle, :uai, :derogation, :motif, :precision)
                returning id""")
                .param("c", r.collectiviteId())
                .param("enfant", r.enfantId())
                .param("adult", r.deposePar())
                .param("annee", r.anneeScolaire())
                .param("niveau", r.niveau().name())
                .param("secteur", r.uaiSecteur())
                .param("regle", r.regleSecteur())
                .param("uai", r.uai())
                .param("derogation", r.derogation())
                .param("motif", r.motif() == null ? null : r.motif().name())
                .param("precision", r.motifPrecision())
                .query(Long.class)
                .single();
    }

    /** Whether the child already has a request being handled or accepted for that year. */
    boolean pending(long enfantId, String anneeScolaire) {
        return jdbc.sql("select exists (select 1 from inscription_demande where enfant_id = :e and annee_scolaire = :a"
                        + " and statut <> 'REFUSEE')")
                .param("e", enfantId)
                .param("a", anneeScolaire)
                .query(Boolean.class)
                .single();
    }

    public List<Request> ofHousehold(long adultId) {
        List<Long> mine = authority.childrenOf(adultId);
        if (mine.isEmpty()) {
            return List.of();
        }
        return named(jdbc.sql(Request.Row.SELECT + " where d.enfant_id in (:mine) order by d.depose_le desc")
                .param("mine", mine)
                .query(ROW)
                .list());
    }

    public Optional<Request> ofHousehold(long adultId, long id) {
        List<Long> mine = authority.childrenOf(adultId);
        if (mine.isEmpty()) {
            return Optional.empty();
        }
        return named(jdbc.sql(Request.Row.SELECT + " where d.enfant_id in (:mine) and d.id = :id")
                        .param("mine", mine)
                        .param("id", id)
                        .query(ROW)
                        .list())
                .stream()
                .findFirst();
    }

    public List<Request> forAgents(List<Long> collectivites, Filter f) {
        return named(jdbc.sql(Request.Row.SELECT + """
                 where d.collectivite_id in (:cs)
                   and (cast(:uai as text) is null or d.uai = :uai)
                   and (cast(:statut as text) is null or d.statut = :statut)
                   and (cast(:du as date) is null or d.depose_le >= cast(:du as date))
                   and (cast(:au as date) is null or d.depose_le < cast(:au as date) + 1)
                 order by d.depose_le, d.id""")
                .param("cs", collectivites)
                .param("uai", f.uai())
                .param("statut", f.statut() == null ? null : f.statut().name())
                .param("du", f.du())
                .param("au", f.au())
                .query(ROW)
                .list());
    }

    public Optional<Request> forAgents(List<Long> collectivites, long id) {
        return named(jdbc.sql(Request.Row.SELECT + " where d.collectivite_id in (:cs) and d.id = :id")
                        .param("cs", collectivites)
                        .param("id", id)
                        .query(ROW)
                        .list())
                .stream()
                .findFirst();
    }

    /** The pupils admitted to a school for a school year, as its director sees them. */
    public List<Request> admitted(List<Long> collectivites, String uai, String anneeScolaire) {
        var rows = jdbc.sql(Request.Row.SELECT + """
                 where d.collectivite_id in (:cs) and d.uai = :uai and d.annee_scolaire = :annee
                   and d.statut = 'ACCEPTEE'""")
                .param("cs", collectivites)
                .param("uai", uai)
                .param("annee", anneeScolaire)
                .query(ROW)
                .list();
        return named(rows).stream().sorted(BY_CLASS_AND_NAME).toList();
    }

    /**
     * Moves a request to {@code to} only from a status it may follow, in one statement: the row count
     * says whether it moved, so two agents deciding at once cannot both succeed.
     */
    boolean move(long id, List<Long> collectivites, Statut to, @Nullable String motifRefus) {
        return jdbc.sql("""
                        update inscription_demande
                           set statut = :to, modifie_le = now(), motif_refus = :refus,
                               decide_le = case when :to in ('ACCEPTEE', 'REFUSEE') then now() end
                         where id = :id and collectivite_id in (:cs) and statut in (:from)""")
                        .param("to", to.name())
                        .param("refus", motifRefus)
                        .param("id", id)
                        .param("cs", collectivites)
                        .param("from", to.from().isEmpty() ? List.of("") : to.from())
                        .update()
                == 1;
    }

    /**
     * The rows with their child's names, read in one batch from the family module; a row whose child
     * is gone is left out, as the join on the child did.
     */
    private List<Request> named(List<Request.Row> rows) {
        Map<Long, Child> byId =
                children.byId(rows.stream().map(Request.Row::enfantId).toList());
        var named = new ArrayList<Request>(rows.size());
        for (var row : rows) {
            Child child = byId.get(row.enfantId());
            if (child != null) {
                named.add(row.with(child));
            }
        }
        return List.copyOf(named);
    }

    /** The family added the proofs asked for: the request goes back to the agents. */
    boolean piecesReceived(long id) {
        return jdbc.sql("""
                        update inscription_demande set statut = 'EN_COURS', modifie_le = now()
                         where id = :id and statut = 'PIECES_DEMANDEES'""").param("id", id).update() == 1;
    }
}
