package fr.monenfantalecole.portail.sector;

import fr.monenfantalecole.portail.school.Etablissement;
import fr.monenfantalecole.portail.school.Etablissements;
import fr.monenfantalecole.portail.tenant.Collectivite;
import fr.monenfantalecole.portail.tenant.Collectivites;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;

/**
 * Everything a carte scolaire file must pass before it replaces the rules: readable lines, communes
 * of the collectivité's territory, schools the Annuaire knows, no address sent to two schools.
 */
@Service
class SectorFileCheck {

    /** The largest file accepted: a département's official file weighs well under 2 Mo. */
    public static final long MAX_FILE_BYTES = 10L * 1024 * 1024;

    private final Collectivites collectivites;
    private final Etablissements etablissements;

    SectorFileCheck(Collectivites collectivites, Etablissements etablissements) {
        this.collectivites = collectivites;
        this.etablissements = etablissements;
    }

    /**
     * The file's rules when every line passes, or the lines to fix (sorted, with their numbers); and
     * what deserves a second look without stopping the import (écoles given the same range).
     */
    public record Checked(
            @Nullable String fileError, List<SectorCsv.Line> errors, List<SectorRule> rules, List<String> warnings) {}

    /** @param defaultNiveau the level of every line when the file has no "niveau" column */
    public Checked check(Collectivite c, byte[] content, @Nullable String defaultNiveau) {
        var parsed = SectorCsv.parse(content, defaultNiveau);
        if (parsed.fileError() != null) {
            return new Checked(parsed.fileError(), List.of(), List.of(), List.of());
        }
        var territory = collectivites.territory(c);
        var known = schools(parsed.rules().stream().map(SectorRule::uai).toList());
        List<SectorCsv.Line> errors = new ArrayList<>(parsed.errors());
        for (var line : parsed.lines()) {
            var rule = line.rule();
            if (rule != null && !territory.contains(rule.codeInsee())) {
                errors.add(new SectorCsv.Line(
                        line.number(),
                        null,
                        "La commune " + rule.commune() + " (" + rule.codeInsee() + ") n'est pas sur le territoire de "
                                + c.nom() + "."));
            } else if (rule != null && !known.containsKey(rule.uai())) {
                errors.add(new SectorCsv.Line(
                        line.number(),
                        null,
                        "L'établissement " + rule.uai()
                                + " n'est pas dans l'Annuaire de l'éducation : vérifiez le code (Code_RNE), ou importez d'abord "
                                + "l'Annuaire qui le contient."));
            }
        }
        errors.addAll(SectorConflicts.of(parsed.lines()));
        errors.sort(Comparator.comparingLong(SectorCsv.Line::number));
        return errors.isEmpty()
                ? new Checked(null, errors, parsed.rules(), SharedRanges.of(parsed.lines()))
                : new Checked(null, errors, List.of(), List.of());
    }

    /** Around the territory's establishments: drawn sectors may reach a little past the last school. */
    static final double MARGIN_DEGREES = 0.08;

    /**
     * What is wrong with drawn sectors for this collectivité: a school that is not one of its
     * territory's, or a polygon reaching past its territory. Commune outlines are not stored, so
     * the territory is the box around its establishments, widened by about 6 to 9 km.
     */
    public List<String> checkPolygons(Collectivite c, List<SectorPolygons.Sector> sectors) {
        var territory = collectivites.territory(c);
        var inTerritory = etablissements.inTerritory(territory);
        var uais = inTerritory.stream().map(Etablissement::uai).collect(Collectors.toSet());
        var box = new org.locationtech.jts.geom.Envelope();
        inTerritory.stream()
                .filter(e -> e.latitude() != null && e.longitude() != null)
                .forEach(e -> box.expandToInclude(e.longitude(), e.latitude()));
        box.expandBy(MARGIN_DEGREES);
        List<String> errors = new ArrayList<>();
        for (int i = 0; i < sectors.size(); i++) {
            var sector = sectors.get(i);
            if (!uais.contains(sector.uai())) {
                errors.add(
                        "Secteur " + (i + 1) + " : l'établissement " + sector.uai() + " n'est pas un établissement du "
                                + "territoire de " + c.nom() + " dans l'Annuaire de l'éducation.");
            } else if (box.isNull() || !box.contains(sector.geometry().getEnvelopeInternal())) {
                errors.add("Secteur " + (i + 1) + " : le polygone sort du territoire de " + c.nom()
                        + " ; redessinez-le autour de vos communes (longitude puis latitude, en WGS 84).");
            }
        }
        return errors;
    }

    /** The open schools among these codes, read in one query (a file may hold thousands of rules). */
    public Set<String> openSchools(Collection<String> uais) {
        return schools(uais).values().stream()
                .filter(Etablissement::ouvert)
                .map(Etablissement::uai)
                .collect(Collectors.toSet());
    }

    private Map<String, Etablissement> schools(Collection<String> uais) {
        return etablissements.findAll(uais.stream().distinct().toList()).stream()
                .collect(Collectors.toMap(Etablissement::uai, Function.identity()));
    }
}
