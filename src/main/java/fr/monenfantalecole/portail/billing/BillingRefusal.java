package fr.monenfantalecole.portail.billing;

/** An operator's request that the rules refuse, with the French sentence saying why. */
public class BillingRefusal extends RuntimeException {

    public BillingRefusal(String message) {
        super(message);
    }
}
