package fr.monenfantalecole.portail.fiche;

import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * At every start, refreshes the editorial plan (themes, dictionary, catalogue); on the first start,
 * also loads the national corpus. Later corpus imports are explicit, from the back office.
 */
@Component
@Order(10)
class CorpusStartup implements ApplicationRunner {

    private final CorpusImport corpus;
    private final JdbcClient jdbc;

    CorpusStartup(CorpusImport corpus, JdbcClient jdbc) {
        this.corpus = corpus;
        this.jdbc = jdbc;
    }

    @Override
    public void run(ApplicationArguments args) {
        boolean firstStart = jdbc.sql("select count(*) from fiche_version")
                        .query(Integer.class)
                        .single()
                == 0;
        if (firstStart) {
            corpus.importCorpus(null);
        } else {
            corpus.loadPlan();
        }
    }
}
