package fr.monenfantalecole.portail.billing;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * Writes the Factur-X PDF and its XML to {@code portail.facturation.depot-chorus}, for an upload by
 * hand on the Chorus Pro portal or by a transfer job. A failure is logged, not thrown: the invoice is
 * issued and stays downloadable; the operator deposits it again from its page.
 */
@Component
class FolderChorusDeposit implements ChorusDeposit {

    private static final Logger log = LoggerFactory.getLogger(FolderChorusDeposit.class);

    private final Seller seller;

    FolderChorusDeposit(Seller seller) {
        this.seller = seller;
    }

    @Override
    public void deposit(String numero, FacturX.Written document) {
        try {
            var folder = Files.createDirectories(seller.depotChorus());
            Files.write(folder.resolve(numero + ".pdf"), document.pdf());
            Files.writeString(folder.resolve(numero + ".xml"), document.xml(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            log.warn("Dépôt Chorus Pro de {} impossible : {}", numero, e.getMessage());
        }
    }
}
