package fr.monenfantalecole.portail.billing;

/** Totals of a quote or an invoice, in cents: HT, TVA and TTC (TTC = HT + TVA exactly). */
record Amounts(long htCents, long tvaCents, long ttcCents) {

    public Amounts {
        if (ttcCents != htCents + tvaCents) {
            throw new IllegalArgumentException("TTC must be HT + TVA");
        }
    }
}
