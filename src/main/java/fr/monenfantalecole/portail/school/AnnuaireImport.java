package fr.monenfantalecole.portail.school;

import fr.monenfantalecole.portail.shared.ClusterEvents;
import java.lang.reflect.RecordComponent;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Imports the Annuaire de l'éducation for a territory in two steps: a preview that says what would
 * be added, changed and closed and which lines are wrong, then an apply that writes it all in one
 * transaction, or nothing when any line is wrong.
 */
@Service
public class AnnuaireImport {

    private static final Map<String, String> LABELS = Map.ofEntries(
            Map.entry("nom", "nom"),
            Map.entry("type", "type"),
            Map.entry("natureLibelle", "nature"),
            Map.entry("natureCode", "code nature"),
            Map.entry("statut", "statut"),
            Map.entry("ecoleMaternelle", "maternelle"),
            Map.entry("ecoleElementaire", "élémentaire"),
            Map.entry("adresse1", "adresse"),
            Map.entry("adresse2", "adresse"),
            Map.entry("adresse3", "adresse"),
            Map.entry("codePostal", "code postal"),
            Map.entry("codeCommune", "commune"),
            Map.entry("nomCommune", "commune"),
            Map.entry("telephone", "téléphone"),
            Map.entry("mail", "courriel"),
            Map.entry("siteWeb", "site web"),
            Map.entry("restauration", "restauration"),
            Map.entry("hebergement", "hébergement"),
            Map.entry("ulis", "ULIS"),
            Map.entry("nombreEleves", "effectif"),
            Map.entry("latitude", "position"),
            Map.entry("longitude", "position"),
            Map.entry("circonscription", "circonscription"),
            Map.entry("dateOuverture", "date d'ouverture"),
            Map.entry("dateMajLigne", "date de mise à jour"),
            Map.entry("ouvert", "état"));

    private final Etablissements etablissements;
    private final JdbcClient jdbc;
    private final ClusterEvents cluster;

    AnnuaireImport(Etablissements etablissements, JdbcClient jdbc, ClusterEvents cluster) {
        this.cluster = cluster;
        this.etablissements = etablissements;
        this.jdbc = jdbc;
    }

    /**
     * What the import would do, without writing anything. It touches only what the scope owns, and
     * closes only establishments of the communes the file lists: a file about one commune leaves
     * the others alone.
     */
    public Preview preview(byte[] file, AnnuaireScope scope) {
        var parsed = AnnuaireCsv.parse(file);
        if (parsed.fileError() != null) {
            return new Preview(parsed.fileError(), List.of(), List.of(), List.of(), List.of(), 0, 0, 0, scope.label());
        }
        List<ErrorLine> errors = parsed.errors().stream()
                .map(l -> new ErrorLine(l.number(), Objects.requireNonNull(l.error())))
                .toList();
        var territory = scope.territory();
        List<Etablissement> inTerritory = parsed.etablissements().stream()
                .filter(e -> territory.contains(e.codeCommune()))
                .toList();
        int outside = parsed.etablissements().size() - inTerritory.size();
        Map<String, Etablissement> known =
                etablissements
                        .findAll(inTerritory.stream().map(Etablissement::uai).toList())
                        .stream()
                        .collect(Collectors.toMap(Etablissement::uai, Function.identity()));
        List<Etablissement> inScope = inTerritory.stream()
                .filter(e -> scope.owns(e) && (!known.containsKey(e.uai()) || scope.owns(known.get(e.uai()))))
                .toList();
        int otherLevels = inTerritory.size() - inScope.size();
        List<Etablissement> added = new ArrayList<>();
        List<Change> changed = new ArrayList<>();
        int unchanged = 0;
        for (var e : inScope) {
            var before = known.get(e.uai());
            if (before == null) {
                added.add(e);
            } else if (!before.equals(e)) {
                changed.add(new Change(e, differences(before, e)));
            } else {
                unchanged++;
            }
        }
        Set<String> inFile = inTerritory.stream().map(Etablissement::uai).collect(Collectors.toSet());
        Set<String> communes =
                inTerritory.stream().map(Etablissement::codeCommune).collect(Collectors.toSet());
        List<Etablissement> closed = new ArrayList<>(etablissements.inTerritory(territory).stream()
                .filter(e ->
                        e.ouvert() && scope.owns(e) && communes.contains(e.codeCommune()) && !inFile.contains(e.uai()))
                .toList());
        closed.addAll(changed.stream()
                .map(Change::after)
                .filter(e -> !e.ouvert() && wasOpen(known, e.uai()))
                .toList());
        changed.removeIf(c -> !c.after().ouvert() && wasOpen(known, c.after().uai()));
        return new Preview(null, errors, added, changed, closed, unchanged, outside, otherLevels, scope.label());
    }

    /** Whether the portal knew this establishment as open (a change always has a known before). */
    private static boolean wasOpen(Map<String, Etablissement> known, String uai) {
        var before = known.get(uai);
        return before != null && before.ouvert();
    }

    /** Applies the file, all or nothing; refuses a file with any wrong line. */
    @Transactional
    public Preview apply(
            byte[] file, AnnuaireScope scope, long collectiviteId, String fileName, @Nullable Long userId) {
        var preview = preview(file, scope);
        if (!preview.applicable()) {
            throw new IllegalStateException("Import refusé : le fichier comporte des erreurs.");
        }
        preview.added().forEach(etablissements::save);
        preview.changed().forEach(c -> etablissements.save(c.after()));
        for (var e : preview.closed()) {
            if (e.ouvert()) {
                etablissements.close(e.uai());
            } else {
                etablissements.save(e);
            }
        }
        jdbc.sql("""
                insert into import_run (collectivite_id, kind, file_name, added, changed, closed, applied_by)
                values (:collectivite, 'ANNUAIRE', :file, :added, :changed, :closed, :user)""")
                .param("collectivite", collectiviteId)
                .param("file", fileName)
                .param("added", preview.added().size())
                .param("changed", preview.changed().size())
                .param("closed", preview.closed().size())
                .param("user", userId)
                .update();
        cluster.publish(new Etablissements.Changed(collectiviteId));
        return preview;
    }

    private static List<String> differences(Etablissement before, Etablissement after) {
        var labels = new LinkedHashMap<String, Boolean>();
        for (RecordComponent component : Etablissement.class.getRecordComponents()) {
            try {
                Object a = component.getAccessor().invoke(before);
                Object b = component.getAccessor().invoke(after);
                if (!Objects.equals(a, b)) {
                    labels.put(LABELS.getOrDefault(component.getName(), component.getName()), true);
                }
            } catch (ReflectiveOperationException e) {
                throw new IllegalStateException(e);
            }
        }
        return List.copyOf(labels.keySet());
    }

    /** A line that cannot be imported, and why. */
    public record ErrorLine(long line, String message) {}

    /** An establishment whose line differs from what is stored, with the fields that differ. */
    public record Change(Etablissement after, List<String> fields) {}

    /**
     * What an import would do (or did).
     *
     * @param outside lines of the file about communes outside the collectivité's territory, left alone
     * @param otherLevels lines of the territory about establishments the collectivité does not run, left alone
     * @param owned what the collectivité runs, in words ("écoles")
     */
    public record Preview(
            @Nullable String fileError,
            List<ErrorLine> errors,
            List<Etablissement> added,
            List<Change> changed,
            List<Etablissement> closed,
            int unchanged,
            int outside,
            int otherLevels,
            String owned) {

        public boolean applicable() {
            return fileError == null && errors.isEmpty();
        }

        public boolean hasChanges() {
            return !added.isEmpty() || !changed.isEmpty() || !closed.isEmpty();
        }
    }
}
