package fr.monenfantalecole.portail.shared;

/** French wording that depends on a number: no "donnée(s)" in what people read. */
public final class French {

    private French() {}

    /**
     * The number and the words that agree with it: "1 donnée enregistrée", "3 données enregistrées".
     * French keeps 0 and 1 in the singular ("0 ligne en erreur").
     */
    public static String count(long n, String one, String many) {
        return n + " " + agree(n, one, many);
    }

    /** The words alone, singular for 0 and 1: "version est" or "versions sont". */
    public static String agree(long n, String one, String many) {
        return n < 2 ? one : many;
    }
}
