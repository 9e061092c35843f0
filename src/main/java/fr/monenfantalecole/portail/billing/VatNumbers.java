package fr.monenfantalecole.portail.billing;

/** The French intra-community VAT number of a SIREN: FR, a two-digit key, the SIREN. */
final class VatNumbers {

    private VatNumbers() {}

    static String french(String siren) {
        long key = (12 + 3 * (Long.parseLong(siren) % 97)) % 97;
        return "FR%02d%s".formatted(key, siren);
    }
}
