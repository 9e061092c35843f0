package fr.monenfantalecole.portail.audience;

import fr.monenfantalecole.portail.shared.PortailClock;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;

/** A clock a test moves from day to day (noon, Paris time). */
final class MutableClock extends Clock {

    private volatile Instant now;

    MutableClock(LocalDate day) {
        this.now = noon(day);
    }

    void set(LocalDate day) {
        now = noon(day);
    }

    private static Instant noon(LocalDate day) {
        return day.atTime(12, 0).atZone(PortailClock.ZONE).toInstant();
    }

    @Override
    public ZoneId getZone() {
        return PortailClock.ZONE;
    }

    @Override
    public Clock withZone(ZoneId zone) {
        return this;
    }

    @Override
    public Instant instant() {
        return now;
    }
}
