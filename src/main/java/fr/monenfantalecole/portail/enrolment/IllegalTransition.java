package fr.monenfantalecole.portail.enrolment;

/** A status change the request's current status does not allow (another agent may have acted first). */
public class IllegalTransition extends RuntimeException {

    private static final long serialVersionUID = 1L;

    public IllegalTransition(Statut current, Statut wanted) {
        super("La demande est « " + current.libelle() + " » : elle ne peut pas passer à « " + wanted.libelle()
                + " ». Rechargez la page pour voir son état.");
    }
}
