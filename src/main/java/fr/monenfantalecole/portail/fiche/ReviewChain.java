package fr.monenfantalecole.portail.fiche;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Transactional;

/**
 * The ordered review steps a new version goes through, each held by a role. Step 1 is the writing;
 * the last step publishes. The platform admin configures it.
 */
@Repository
public class ReviewChain {

    /** One step: its place, the role that holds it, its name. */
    public record Step(int position, String role, String libelle) {}

    private final JdbcClient jdbc;

    ReviewChain(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public List<Step> steps() {
        return jdbc.sql("select position, role, libelle from review_step order by position")
                .query((rs, n) -> new Step(rs.getInt("position"), rs.getString("role"), rs.getString("libelle")))
                .list();
    }

    public Optional<Step> step(int position) {
        return steps().stream().filter(s -> s.position() == position).findFirst();
    }

    public Optional<Step> after(int position) {
        return steps().stream().filter(s -> s.position() > position).findFirst();
    }

    public Step first() {
        return steps().getFirst();
    }

    /**
     * Parses "RÔLE | Libellé" lines into steps, or says what is wrong. Roles are upper-case names
     * (letters, digits, underscores).
     */
    public static Parsed parse(String text) {
        List<Step> steps = new ArrayList<>();
        String[] lines = text.split("\\R");
        int position = 0;
        for (int i = 0; i < lines.length; i++) {
            String line = lines[i].strip();
            if (line.isEmpty()) {
                continue;
            }
            int bar = line.indexOf('|');
            String role = (bar < 0 ? line : line.substring(0, bar)).strip();
            String libelle = bar < 0 ? "" : line.substring(bar + 1).strip();
            if (!role.matches("[A-Z][A-Z0-9_]{1,59}") || libelle.isEmpty()) {
                return new Parsed(
                        List.of(),
                        "Ligne " + (i + 1) + " : écrivez « RÔLE | Nom de l'étape », par exemple "
                                + "« RELECTURE_JURIDIQUE | Relecture juridique » (rôle en majuscules, sans accent ni espace).");
            }
            if (role.equals("PLATFORM_ADMIN") || role.equals("COLLECTIVITE_ADMIN")) {
                return new Parsed(List.of(), "Ligne " + (i + 1) + " : le rôle " + role + " est réservé.");
            }
            steps.add(new Step(++position, role, libelle));
        }
        if (steps.isEmpty() || steps.size() > 10) {
            return new Parsed(List.of(), "Le circuit compte de 1 à 10 étapes ; la première est la rédaction.");
        }
        return new Parsed(steps, null);
    }

    /** Lines parsed, or the first error. */
    public record Parsed(
            List<Step> steps,
            @org.jspecify.annotations.Nullable String error) {}

    @Transactional
    public void replace(List<Step> steps) {
        jdbc.sql("delete from review_step").update();
        for (var s : steps) {
            jdbc.sql("insert into review_step (position, role, libelle) values (:p, :r, :l)")
                    .param("p", s.position())
                    .param("r", s.role())
                    .param("l", s.libelle())
                    .update();
        }
    }

    public int versionsInReview() {
        return jdbc.sql("select count(*) from fiche_version where status = 'EN_RELECTURE'")
                .query(Integer.class)
                .single();
    }
}
