package fr.monenfantalecole.portail.billing;

/**
 * Where an issued invoice or credit note goes to reach the buyer's accountant through Chorus Pro.
 * The implementation here drops the files in a folder; a real deposit goes through the PISTE API
 * (see docs/architecture.md).
 */
interface ChorusDeposit {

    void deposit(String numero, FacturX.Written document);
}
