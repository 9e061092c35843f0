package fr.monenfantalecole.portail.demo;

import fr.monenfantalecole.portail.family.Adults;
import fr.monenfantalecole.portail.family.AuthorisedAdults;
import fr.monenfantalecole.portail.family.Children;
import fr.monenfantalecole.portail.family.FamilyPasswords;
import fr.monenfantalecole.portail.family.SchoolClass;
import fr.monenfantalecole.portail.school.Etablissement;
import fr.monenfantalecole.portail.school.Niveau;
import fr.monenfantalecole.portail.school.SchoolDirectory;
import fr.monenfantalecole.portail.tenant.Collectivite;
import fr.monenfantalecole.portail.tenant.Collectivites;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Demo households in Fougères, with their accounts listed in the README: separated parents who share
 * a child (each with their own address), and a parent with three children in two écoles and a collège.
 * Loaded once, when the first demo account does not exist yet. Invented names, invented addresses.
 */
@Component
@Order(40)
class DemoFamilies implements ApplicationRunner {

    static final String PASSWORD = "demo-famille-2026";

    private final DemoData demo;
    private final Collectivites collectivites;
    private final Adults adults;
    private final Children children;
    private final AuthorisedAdults authorised;
    private final FamilyPasswords passwords;
    private final SchoolDirectory schools;
    private final TransactionTemplate transaction;
    private final Clock clock;

    DemoFamilies(
            DemoData demo,
            Collectivites collectivites,
            Adults adults,
            Children children,
            AuthorisedAdults authorised,
            FamilyPasswords passwords,
            SchoolDirectory schools,
            TransactionTemplate transaction,
            Clock clock) {
        this.demo = demo;
        this.collectivites = collectivites;
        this.adults = adults;
        this.children = children;
        this.authorised = authorised;
        this.passwords = passwords;
        this.schools = schools;
        this.transaction = transaction;
        this.clock = clock;
    }

    @Override
    public void run(ApplicationArguments args) {
        if (!demo.enabled() || adults.credentials("claire.dubois@fougeres.demo").isPresent()) {
            return;
        }
        collectivites
                .findBySlug("fougeres")
                .ifPresent(fougeres -> transaction.executeWithoutResult(s -> load(fougeres)));
    }

    private void load(Collectivite fougeres) {
        String year = SchoolClass.schoolYear(LocalDate.now(clock));
        int rentree = SchoolClass.rentreeYear(year);
        var ecoles = schools.list(fougeres, new SchoolDirectory.Filter(Niveau.ELEMENTAIRE, true, null, null));
        var maternelles = schools.list(fougeres, new SchoolDirectory.Filter(Niveau.MATERNELLE, true, null, null));
        var colleges = schools.list(fougeres, new SchoolDirectory.Filter(Niveau.COLLEGE, true, null, null));

        long claire = adult(fougeres, "claire.dubois@fougeres.demo", "Dubois", "Claire", "12 rue Nationale");
        long thomas = adult(fougeres, "thomas.lemoine@fougeres.demo", "Lemoine", "Thomas", "5 boulevard de Rennes");
        long leo = children.add(claire, child("Lemoine", "Léo", rentree, SchoolClass.CM1, "M", first(ecoles), year));
        children.share(thomas, List.of(leo));
        authorised.add(claire, "Dubois", "Monique", "06 12 34 56 78", "grand-mère");
        authorised.add(thomas, "Lemoine", "Karim", "06 98 76 54 32", "oncle");

        long sophie = adult(fougeres, "sophie.garnier@fougeres.demo", "Garnier", "Sophie", "3 rue de la Forêt");
        children.add(sophie, child("Garnier", "Jade", rentree, SchoolClass.GS, "F", first(maternelles), year));
        children.add(sophie, child("Garnier", "Noah", rentree, SchoolClass.CE2, "M", second(ecoles), year));
        children.add(sophie, child("Garnier", "Emma", rentree, SchoolClass.CINQUIEME, "F", first(colleges), year));
    }

    private long adult(Collectivite c, String email, String nom, String prenoms, String adresse) {
        long id = adults.create(new Adults.NewAdult(
                        c.id(), email, passwords.hash(PASSWORD), nom, prenoms, "2026-12", null, null))
                .orElseThrow();
        adults.verifyEmail(id);
        adults.update(
                id, new Adults.Profile(nom, prenoms, "02 99 00 00 00", adresse, "35300", "Fougères", true, false));
        return id;
    }

    private static Children.ChildData child(
            String nom,
            String prenoms,
            int rentree,
            SchoolClass classe,
            String sexe,
            @Nullable String uai,
            String year) {
        return new Children.ChildData(
                nom, prenoms, LocalDate.of(rentree - classe.usualAge(), 3, 14), sexe, uai, classe.code(), year, false);
    }

    private static @Nullable String first(List<Etablissement> list) {
        return list.isEmpty() ? null : list.getFirst().uai();
    }

    private static @Nullable String second(List<Etablissement> list) {
        return list.size() < 2 ? first(list) : list.get(1).uai();
    }
}
