package fr.monenfantalecole.portail.search;

import java.util.Map;

/**
 * Forms of French typed on a phone ("langage SMS") that no sheet writes, to the words they stand
 * for. Only forms that stand for one word or phrase whatever the context; the sounds-alike forms
 * ("kel", "koi", "ke") are found by {@link FrenchSounds} already. Folded, lower case.
 */
final class SmsWords {

    static final Map<String, String> FORMS = Map.ofEntries(
            Map.entry("tt", "tout"),
            Map.entry("ts", "tous"),
            Map.entry("tte", "toute"),
            Map.entry("pr", "pour"),
            Map.entry("ds", "dans"),
            Map.entry("bcp", "beaucoup"),
            Map.entry("pk", "pourquoi"),
            Map.entry("pq", "pourquoi"),
            Map.entry("pkoi", "pourquoi"),
            Map.entry("qd", "quand"),
            Map.entry("kan", "quand"),
            Map.entry("cb", "combien"),
            Map.entry("cmb", "combien"),
            Map.entry("cmt", "comment"),
            Map.entry("koman", "comment"),
            Map.entry("mdp", "mot de passe"),
            Map.entry("g", "j'ai"),
            Map.entry("jsp", "je ne sais pas"),
            Map.entry("tjs", "toujours"),
            Map.entry("tjrs", "toujours"),
            Map.entry("auj", "aujourd'hui"),
            Map.entry("ajd", "aujourd'hui"),
            Map.entry("dc", "donc"),
            Map.entry("mm", "même"),
            Map.entry("ms", "mais"),
            Map.entry("ns", "nous"),
            Map.entry("vs", "vous"),
            Map.entry("ac", "avec"),
            Map.entry("avc", "avec"),
            Map.entry("ya", "il y a"),
            Map.entry("pa", "pas"),
            Map.entry("pt", "peut"),
            Map.entry("ptet", "peut-être"),
            Map.entry("ptit", "petit"),
            Map.entry("ptite", "petite"),
            Map.entry("msg", "message"),
            Map.entry("pb", "problème"),
            Map.entry("pbm", "problème"),
            Map.entry("qqn", "quelqu'un"),
            Map.entry("qqch", "quelque chose"),
            Map.entry("qq", "quelques"),
            Map.entry("dem1", "demain"),
            Map.entry("2m1", "demain"),
            Map.entry("bi1", "bien"),
            Map.entry("rien2", "rien"),
            Map.entry("chui", "je suis"),
            Map.entry("jvx", "je veux"),
            Map.entry("jveux", "je veux"),
            Map.entry("jpeux", "je peux"),
            Map.entry("jpx", "je peux"),
            Map.entry("jsuis", "je suis"),
            Map.entry("jsui", "je suis"),
            Map.entry("recup", "récupérer"),
            Map.entry("slt", "salut"),
            Map.entry("bjr", "bonjour"),
            Map.entry("mrc", "merci"),
            Map.entry("mr6", "merci"));

    private SmsWords() {}
}
