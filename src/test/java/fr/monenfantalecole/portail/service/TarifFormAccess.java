package fr.monenfantalecole.portail.service;

import java.util.List;
import java.util.function.UnaryOperator;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/** The parameters the grid form posts for an existing grid, as an agent saving it unchanged would send them. */
public final class TarifFormAccess {

    private TarifFormAccess() {}

    public static UnaryOperator<MockHttpServletRequestBuilder> params(Prestation p) {
        var f = TarifForm.of(p);
        return r -> {
            r.param("nom", f.nom())
                    .param("unite", f.unite())
                    .param("description", f.description())
                    .param("annee", f.annee())
                    .param("ordre", f.ordre())
                    .param("mode", f.mode())
                    .param("bornes", f.bornes())
                    .param("taux", f.taux())
                    .param("plancher", f.plancher())
                    .param("plafond", f.plafond())
                    .param("prixDefaut", f.prixDefaut())
                    .param("nonResident", f.nonResident())
                    .param("nonResidentPourcent", f.nonResidentPourcent())
                    .param("nonResidentPrix", f.nonResidentPrix())
                    .param("fratrieRang", f.fratrieRang())
                    .param("fratriePourcent", f.fratriePourcent());
            List<String> de = f.trancheDe();
            for (int i = 0; de != null && i < de.size(); i++) {
                r.param("trancheDe", de.get(i))
                        .param("trancheA", f.trancheA().get(i))
                        .param("tranchePrix", f.tranchePrix().get(i));
            }
            return r;
        };
    }
}
