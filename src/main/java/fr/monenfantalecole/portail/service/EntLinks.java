package fr.monenfantalecole.portail.service;

import fr.monenfantalecole.portail.school.SchoolPageLinks;
import fr.monenfantalecole.portail.tenant.Collectivite;
import java.util.List;
import org.springframework.stereotype.Component;

/** The ENT a school page links to: the school's own, else the one the collectivité gives for all its schools. */
@Component
class EntLinks implements SchoolPageLinks {

    private final LiensServices liens;

    EntLinks(LiensServices liens) {
        this.liens = liens;
    }

    @Override
    public List<Link> links(Collectivite collectivite, String uai) {
        var ents = liens.of(collectivite.id()).stream()
                .filter(l -> l.type() == LienService.Type.ENT)
                .toList();
        var own = ents.stream().filter(l -> uai.equals(l.uai())).toList();
        return (own.isEmpty() ? ents.stream().filter(l -> l.uai() == null).toList() : own)
                .stream().map(l -> new Link(l.titre(), l.url())).toList();
    }
}
