package fr.monenfantalecole.portail.family;

import fr.monenfantalecole.portail.support.World;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;

/**
 * Family accounts on a test's own {@link World}: an adult (with a password to sign in with, or none), a
 * child in their household, through the family module's API ({@link Adults}, {@link Children}); and the
 * removal of every account of the world's commune when it closes ({@link #removedWith}), those signed up
 * over HTTP included. Beside {@code World} and not in it: {@code support} makes communes, staff, schools
 * and local values, which every module's tests need; a household is the family module's, and removing
 * one is its {@link AccountDeletion} (a child is no row of the commune: the commune's removal takes the
 * adults with it, but would leave their children).
 */
@Component
public class FamilyFixture {

    private static final AtomicInteger SEQ = new AtomicInteger();

    private final Adults adults;
    private final Children children;
    private final FamilyPasswords passwords;
    private final FamilyDirectory directory;
    private final AccountDeletion deletion;
    private final Set<Long> watched = new HashSet<>();

    FamilyFixture(
            Adults adults,
            Children children,
            FamilyPasswords passwords,
            FamilyDirectory directory,
            AccountDeletion deletion) {
        this.adults = adults;
        this.children = children;
        this.passwords = passwords;
        this.directory = directory;
        this.deletion = deletion;
    }

    /**
     * When the world closes (before its commune goes), every family account of its commune is deleted
     * as a family deletes it, with the children nobody else keeps. Once per world, whoever asks.
     */
    public synchronized void removedWith(World w) {
        if (watched.add(w.id())) {
            w.afterwards(() -> {
                for (var found : directory.search(List.of(w.id()), "")) {
                    deletion.delete(found.id(), "essai");
                }
                forget(w.id());
            });
        }
    }

    /** An adult of the world's commune, "ParentN Nom", without a password, the address unconfirmed. */
    public long adult(World w, String nom) {
        int n = SEQ.incrementAndGet();
        return create(w, "famille" + n + "." + w.slug() + "@famille.test", "Parent" + n, nom, null);
    }

    /** An adult of the world's commune who signs in with this address and password, the address confirmed. */
    public long adult(World w, String email, String prenoms, String nom, String password) {
        long id = create(w, email, prenoms, nom, passwords.hash(password));
        adults.verifyEmail(id);
        return id;
    }

    /** A child in the adult's household, at that school (or none) in that school year, class CE2. */
    public long child(long adult, String nom, String prenoms, LocalDate born, @Nullable String uai, String annee) {
        return children.add(adult, new Children.ChildData(nom, prenoms, born, "F", uai, "CE2", annee, false));
    }

    private long create(World w, String email, String prenoms, String nom, @Nullable String hash) {
        removedWith(w);
        return adults.create(new Adults.NewAdult(w.id(), email, hash, nom, prenoms, "2026-12", null, null))
                .orElseThrow(() -> new IllegalStateException("Adresse déjà prise : " + email));
    }

    private synchronized void forget(long world) {
        watched.remove(world);
    }
}
