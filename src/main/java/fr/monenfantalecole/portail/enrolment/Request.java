package fr.monenfantalecole.portail.enrolment;

import fr.monenfantalecole.portail.family.Child;
import java.time.Instant;
import java.time.LocalDate;
import org.jspecify.annotations.Nullable;

/** A request as the family, the agents and the director read it, with the child's name for display. */
public record Request(
        long id,
        String numero,
        long collectiviteId,
        long enfantId,
        String enfantNom,
        String enfantPrenoms,
        LocalDate enfantNaissance,
        String anneeScolaire,
        String niveau,
        @Nullable String uaiSecteur,
        @Nullable String regleSecteur,
        String uai,
        boolean derogation,
        @Nullable String motif,
        @Nullable String motifPrecision,
        String statut,
        @Nullable String motifRefus,
        Instant deposeLe,
        Instant modifieLe,
        @Nullable Instant decideLe) {

    /** A request as its table holds it; the child's names come from the family module. */
    record Row(
            long id,
            String numero,
            long collectiviteId,
            long enfantId,
            String anneeScolaire,
            String niveau,
            @Nullable String uaiSecteur,
            @Nullable String regleSecteur,
            String uai,
            boolean derogation,
            @Nullable String motif,
            @Nullable String motifPrecision,
            String statut,
            @Nullable String motifRefus,
            Instant deposeLe,
            Instant modifieLe,
            @Nullable Instant decideLe) {

        static final String SELECT = """
                select d.id, d.numero, d.collectivite_id, d.enfant_id, d.annee_scolaire, d.niveau, d.uai_secteur,
                       d.regle_secteur, d.uai, d.derogation, d.motif, d.motif_precision, d.statut, d.motif_refus,
                       d.depose_le, d.modifie_le, d.decide_le
                  from inscription_demande d
                """;

        Request with(Child child) {
            return new Request(
                    id,
                    numero,
                    collectiviteId,
                    enfantId,
                    child.nom(),
                    child.prenoms(),
                    child.dateNaissance(),
                    anneeScolaire,
                    niveau,
                    uaiSecteur,
                    regleSecteur,
                    uai,
                    derogation,
                    motif,
                    motifPrecision,
                    statut,
                    motifRefus,
                    deposeLe,
                    modifieLe,
                    decideLe);
        }
    }

    public Statut etat() {
        return Statut.valueOf(statut);
    }

    public String enfant() {
        return enfantPrenoms + " " + enfantNom;
    }

    public String classe() {
        return Level.of(niveau).map(Level::libelle).orElse(niveau);
    }

    public String motifLibelle() {
        return motif == null ? "" : Motif.of(motif).map(Motif::libelle).orElse(motif);
    }
}
