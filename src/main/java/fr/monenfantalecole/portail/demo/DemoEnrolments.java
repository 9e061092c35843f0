package fr.monenfantalecole.portail.demo;

import fr.monenfantalecole.portail.enrolment.Application;
import fr.monenfantalecole.portail.enrolment.Choices;
import fr.monenfantalecole.portail.enrolment.Decisions;
import fr.monenfantalecole.portail.enrolment.Filing;
import fr.monenfantalecole.portail.enrolment.Level;
import fr.monenfantalecole.portail.enrolment.Motif;
import fr.monenfantalecole.portail.enrolment.Offers;
import fr.monenfantalecole.portail.enrolment.Piece;
import fr.monenfantalecole.portail.enrolment.Statut;
import fr.monenfantalecole.portail.family.Adults;
import fr.monenfantalecole.portail.family.Children;
import fr.monenfantalecole.portail.tenant.Collectivite;
import fr.monenfantalecole.portail.tenant.Collectivites;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import javax.imageio.ImageIO;
import org.jspecify.annotations.Nullable;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Fougères offers the inscription scolaire: its proofs and reasons, and requests of the demo families
 * in every status (a new child entering petite section, the others moving up a class next year),
 * filed and decided through the same services as on the site. Loaded once, when Fougères has no offer.
 */
@Component
@Order(41)
class DemoEnrolments implements ApplicationRunner {

    private final DemoData demo;
    private final Collectivites collectivites;
    private final Offers offers;
    private final Adults adults;
    private final Children children;
    private final Choices choices;
    private final Filing filing;
    private final Decisions decisions;
    private final TransactionTemplate transaction;

    DemoEnrolments(
            DemoData demo,
            Collectivites collectivites,
            Offers offers,
            Adults adults,
            Children children,
            Choices choices,
            Filing filing,
            Decisions decisions,
            TransactionTemplate transaction) {
        this.demo = demo;
        this.collectivites = collectivites;
        this.offers = offers;
        this.adults = adults;
        this.children = children;
        this.choices = choices;
        this.filing = filing;
        this.decisions = decisions;
        this.transaction = transaction;
    }

    @Override
    public void run(ApplicationArguments args) {
        var fougeres = collectivites.findBySlug("fougeres").orElse(null);
        if (!demo.enabled() || fougeres == null || offers.of(fougeres.id()).isPresent()) {
            return;
        }
        transaction.executeWithoutResult(s -> load(fougeres));
    }

    private void load(Collectivite fougeres) {
        offers.save(
                fougeres.id(),
                new Offers.Offer(
                        List.of(Piece.DOMICILE, Piece.LIVRET_FAMILLE, Piece.VACCINATIONS), List.of(Motif.values())));
        var claire = adults.credentials("claire.dubois@fougeres.demo").orElse(null);
        var sophie = adults.credentials("sophie.garnier@fougeres.demo").orElse(null);
        if (claire == null || sophie == null) {
            return;
        }
        String year = choices.coming();
        int rentree = Integer.parseInt(year.substring(0, 4));
        long lina = children.add(
                sophie.id(),
                new Children.ChildData(
                        "Garnier", "Lina", LocalDate.of(rentree - 3, 5, 2), "F", null, null, year, false));
        long jade = child(sophie.id(), "Jade");
        long noah = child(sophie.id(), "Noah");
        long leo = child(claire.id(), "Léo");
        file(fougeres, sophie.id(), jade, year, Level.CP, null);
        long enCours = file(fougeres, sophie.id(), noah, year, Level.CM1, Motif.FRATRIE);
        decide(fougeres, enCours, Statut.EN_COURS, "");
        long refusee = file(fougeres, claire.id(), leo, year, Level.CM2, Motif.TRAVAIL);
        decide(fougeres, refusee, Statut.EN_COURS, "");
        decisions.move(
                fougeres,
                List.of(fougeres.id()),
                refusee,
                Statut.REFUSEE,
                "",
                "l'école demandée n'a plus de place en CM2 ; Léo garde sa place dans son école de secteur",
                null);
        long pieces = file(fougeres, claire.id(), leo, year, Level.CM2, null);
        decide(
                fougeres,
                pieces,
                Statut.PIECES_DEMANDEES,
                "Le justificatif de domicile date de plus de 3 mois : " + "ajoutez une facture récente.");
        long acceptee = file(fougeres, sophie.id(), lina, year, Level.PS, null);
        decide(fougeres, acceptee, Statut.EN_COURS, "");
        decide(fougeres, acceptee, Statut.ACCEPTEE, "");
    }

    private long child(long adultId, String prenoms) {
        return children.of(adultId).stream()
                .filter(c -> c.prenoms().equals(prenoms))
                .findFirst()
                .orElseThrow()
                .id();
    }

    private long file(Collectivite c, long adultId, long childId, String year, Level level, @Nullable Motif motif) {
        var adult = adults.get(adultId);
        var sector = choices.sector(c, adult, level);
        var schools = choices.schools(c, level);
        boolean derogation = motif != null || sector == null;
        String other = schools.stream()
                .map(e -> e.uai())
                .filter(uai -> sector == null || !uai.equals(sector.uai()))
                .findFirst()
                .orElseThrow();
        Map<Piece, byte[]> proofs = new EnumMap<>(Piece.class);
        for (Piece p : Piece.values()) {
            proofs.put(p, scan());
        }
        var result = filing.file(
                c,
                adult,
                new Application(
                        childId,
                        year,
                        level.name(),
                        derogation ? "derogation" : "secteur",
                        derogation ? other : "",
                        derogation ? (motif == null ? Motif.AUTRE : motif).name() : "",
                        derogation ? "Demande de démonstration." : "",
                        proofs));
        if (result instanceof Filing.Filed filed) {
            return filed.id();
        }
        throw new IllegalStateException("Demande de démonstration refusée : " + result);
    }

    private void decide(Collectivite c, long id, Statut to, String message) {
        decisions.move(c, List.of(c.id()), id, to, message, null, null);
    }

    /** A small grey "scan", as a photographed page would be once re-encoded. */
    private static byte[] scan() {
        var image = new BufferedImage(60, 80, BufferedImage.TYPE_INT_RGB);
        var g = image.createGraphics();
        g.setColor(java.awt.Color.LIGHT_GRAY);
        g.fillRect(0, 0, 60, 80);
        g.dispose();
        var out = new ByteArrayOutputStream();
        try {
            ImageIO.write(image, "png", out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }
}
