/** Demo collectivités of Ille-et-Vilaine, their schools and accounts, for the embedded default only. */
@ApplicationModule(
        allowedDependencies = {
            "account",
            "audience",
            "billing",
            "fiche",
            "agenda",
            "enrolment",
            "family",
            "localdata",
            "news",
            "periscolaire",
            "rubrique",
            "school",
            "sector",
            "service",
            "shared",
            "tenant"
        })
@NullMarked
package fr.monenfantalecole.portail.demo;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
