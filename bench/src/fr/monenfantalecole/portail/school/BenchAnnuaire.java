package fr.monenfantalecole.portail.school;

import java.util.List;

/**
 * The benchmarks' door to the Annuaire file: {@link AnnuaireCsv} is the school module's own reader
 * (package-private), so the benchmarks get the establishments it reads from here.
 */
public final class BenchAnnuaire {

    private BenchAnnuaire() {}

    /** The establishments of an Annuaire de l'éducation CSV file (lines in error left out). */
    public static List<Etablissement> etablissements(byte[] csv) {
        return AnnuaireCsv.parse(csv).etablissements();
    }
}
