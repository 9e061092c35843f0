package fr.monenfantalecole.portail.periscolaire;

import java.io.Serial;

/** A change of bookings the rules refuse, with the French sentence the parent reads. Nothing was saved. */
public class BookingRefused extends RuntimeException {

    @Serial
    private static final long serialVersionUID = 1L;

    public BookingRefused(String message) {
        super(message);
    }
}
