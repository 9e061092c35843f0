package fr.monenfantalecole.portail.enrolment;

import java.nio.file.Path;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.simple.JdbcClient;

/** Chooses where proofs are kept: {@code portail.inscriptions.stockage} is "base" (default) or "disque". */
@Configuration(proxyBeanMethods = false)
class DocumentStoreConfiguration {

    @Bean
    DocumentStore documentStore(
            JdbcClient jdbc,
            @Value("${portail.inscriptions.stockage:base}") String stockage,
            @Value("${portail.inscriptions.dossier:data/inscriptions}") String dossier) {
        return switch (stockage) {
            case "base" -> new DatabaseDocumentStore(jdbc);
            case "disque" -> new DiskDocumentStore(Path.of(dossier));
            default ->
                throw new IllegalStateException(
                        "portail.inscriptions.stockage doit valoir « base » ou « disque », pas « " + stockage + " »");
        };
    }
}
