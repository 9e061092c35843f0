package fr.monenfantalecole.portail.fiche;

import java.util.regex.Pattern;

/** How a sheet's reference is written in URLs: the key's text, then optionally "-" and the title's slug. */
final class FicheRefs {

    static final Pattern NATIONAL = Pattern.compile("^([A-Z]{3}-[0-9]{3})(-.*)?$");
    static final Pattern LOCAL = Pattern.compile("^L([0-9]{1,12})(-.*)?$");

    private FicheRefs() {}
}
