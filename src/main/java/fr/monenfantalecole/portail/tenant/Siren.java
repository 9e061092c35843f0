package fr.monenfantalecole.portail.tenant;

/** The SIREN number of a French legal entity: nine digits with a Luhn check digit. */
public final class Siren {

    private Siren() {}

    public static boolean isValid(String value) {
        if (!value.matches("[0-9]{9}")) {
            return false;
        }
        int sum = 0;
        for (int i = 0; i < 9; i++) {
            int digit = value.charAt(8 - i) - '0';
            if (i % 2 == 1) {
                digit *= 2;
                if (digit > 9) {
                    digit -= 9;
                }
            }
            sum += digit;
        }
        return sum % 10 == 0;
    }
}
