package fr.monenfantalecole.portail.enrolment;

/** A status change the request's current status does not allow (another agent may have acted first). */
class IllegalTransition extends RuntimeException {

    private static final long serialVersionUID = 1L;

    public IllegalTransition(Statut current, Statut wanted) {
        super("La demande est « " + current.libelle() + " » : elle ne peut pas passer à « " + wanted.libelle()
                + " ». Rechargez la page pour voir son état.");
    }

    /** Another agent's decision landed between this agent's reading of the request and their own. */
    static IllegalTransition overtaken(Statut now, Statut wanted) {
        return new IllegalTransition("Un autre agent vient de traiter cette demande : elle est maintenant « "
                + now.libelle() + " » et ne peut plus passer à « " + wanted.libelle() + " ». Votre décision n'a pas "
                + "été enregistrée ; relisez la demande ci-dessous.");
    }

    private IllegalTransition(String message) {
        super(message);
    }
}
