package fr.monenfantalecole.portail.rubrique;

import fr.monenfantalecole.portail.shared.NotFoundException;
import fr.monenfantalecole.portail.shared.PdfCheck;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.jdbc.core.SimplePropertyRowMapper;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The PDF documents joined to a rubrique's versions: a director attaches them to the draft (started
 * from the published version when needed), and each version keeps its own copies.
 */
@Service
public class RubriqueDocuments {

    /** Rows read as records: a row is never null, whatever a one-column query may return. */
    private static final RowMapper<Document> DOCUMENT = new SimplePropertyRowMapper<>(Document.class);

    private final JdbcClient jdbc;
    private final RubriqueContents contents;

    RubriqueDocuments(JdbcClient jdbc, RubriqueContents contents) {
        this.jdbc = jdbc;
        this.contents = contents;
    }

    /** A PDF attached to a version. */
    public record Document(long id, long versionId, String nom, int taille) {

        public String tailleLisible() {
            return PdfCheck.size(taille);
        }
    }

    public List<Document> of(long versionId) {
        return jdbc.sql("select id, version_id, nom, taille from rubrique_document where version_id = :v order by id")
                .param("v", versionId)
                .query(DOCUMENT)
                .list();
    }

    public Optional<Document> find(long id) {
        return jdbc.sql("select id, version_id, nom, taille from rubrique_document where id = :id")
                .param("id", id)
                .query(Document.class)
                .optional();
    }

    public byte[] content(long id) {
        return jdbc.sql("select contenu from rubrique_document where id = :id")
                .param("id", id)
                .query((rs, n) -> rs.getBytes(1))
                .single();
    }

    /** Attaches a checked PDF to the version being worked on (started if needed). */
    @Transactional
    public long attach(long rubriqueId, String etablissement, String nom, byte[] content, long userId) {
        long versionId = contents.ensureDraft(rubriqueId, etablissement, userId);
        return jdbc.sql("""
                insert into rubrique_document (version_id, nom, contenu, taille) values (:v, :n, :c, :t) returning id""")
                .param("v", versionId)
                .param("n", nom)
                .param("c", content)
                .param("t", content.length)
                .query(Long.class)
                .single();
    }

    /** Removes a document from the version being worked on. */
    @Transactional
    public void detach(long rubriqueId, String etablissement, long documentId, long userId) {
        long versionId = contents.ensureDraft(rubriqueId, etablissement, userId);
        var doc = find(documentId).orElseThrow(() -> new NotFoundException("Document introuvable"));
        if (doc.versionId() != versionId) {
            // A document of the published version: the draft holds a copy of the same name.
            jdbc.sql("""
                    delete from rubrique_document where id = (
                        select id from rubrique_document where version_id = :v and nom = :n order by id limit 1)""").param("v", versionId).param("n", doc.nom()).update();
            return;
        }
        jdbc.sql("delete from rubrique_document where id = :id")
                .param("id", documentId)
                .update();
    }
}
