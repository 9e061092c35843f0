package fr.monenfantalecole.portail.opendata;

import fr.monenfantalecole.portail.fiche.FicheViews;
import fr.monenfantalecole.portail.fiche.QuestionsReponses;
import fr.monenfantalecole.portail.shared.web.NoForeignId;
import fr.monenfantalecole.portail.tenant.Collectivite;
import fr.monenfantalecole.portail.tenant.CollectiviteType;
import fr.monenfantalecole.portail.tenant.Collectivites;
import fr.monenfantalecole.portail.tenant.Site;
import java.io.StringWriter;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.util.stream.Collectors;
import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

/**
 * The sheets of a collectivité as an XML flux in the spirit of service-public.fr's co-marquage:
 * a Dublin Core header per sheet, its theme, its text split in chapters, with the collectivité's
 * local data in place. Schema: /xsd/flux-fiches-1.0.xsd; documentation: docs/flux-xml.md.
 */
@RestController
class FicheFluxController {

    static final String NS = "https://monenfantalecole.fr/xsd/flux-fiches/1.0";
    static final String DC = "http://purl.org/dc/elements/1.1/";
    static final String SCHEMA_PATH = "/xsd/flux-fiches-1.0.xsd";
    static final String PUBLISHER = "Mon enfant à l'école";

    private final QuestionsReponses questions;
    private final Collectivites collectivites;

    FicheFluxController(QuestionsReponses questions, Collectivites collectivites) {
        this.questions = questions;
        this.collectivites = collectivites;
    }

    @NoForeignId("flux public")
    @GetMapping("/{slug}/flux/fiches.xml")
    ResponseEntity<String> flux(Collectivite c, Site site) throws XMLStreamException {
        var out = new StringWriter();
        var xml = start(out);
        xml.writeStartElement(NS, "Flux");
        namespaces(xml);
        xml.writeAttribute("version", "1.0");
        xml.writeAttribute("genere", SitemapController.w3c(Instant.now()));
        xml.writeStartElement(NS, "Collectivite");
        xml.writeAttribute("ID", c.slug());
        xml.writeAttribute("type", c.type().libelle());
        text(xml, NS, "Nom", c.nom());
        text(xml, NS, "Territoire", territory(c));
        text(xml, NS, "Academie", c.academie());
        text(xml, NS, "URL", ApiSupport.absolute(site.home()));
        xml.writeEndElement();
        xml.writeStartElement(NS, "ListeThemes");
        for (var t : questions.themes(c, site.basePath(), null)) {
            xml.writeStartElement(NS, "Theme");
            xml.writeAttribute("ID", t.theme().id());
            xml.writeAttribute("position", String.valueOf(t.theme().position()));
            text(xml, NS, "Titre", t.theme().libelle());
            text(xml, NS, "Description", t.theme().description());
            xml.writeEndElement();
        }
        xml.writeEndElement();
        for (var listed : questions.all(c, site.basePath())) {
            publication(
                    xml,
                    c,
                    questions.page(
                            c,
                            site.basePath(),
                            listed.theme().id(),
                            listed.summary().ref()),
                    false);
        }
        xml.writeEndElement();
        return finish(xml, out);
    }

    @GetMapping("/{slug}/flux/fiches/{id}.xml")
    ResponseEntity<String> one(Collectivite c, Site site, @PathVariable String id) throws XMLStreamException {
        var page = questions.page(c, site.basePath(), id);
        var out = new StringWriter();
        var xml = start(out);
        publication(xml, c, page, true);
        return finish(xml, out);
    }

    private static XMLStreamWriter start(StringWriter out) throws XMLStreamException {
        var xml = XmlText.cleaning(XMLOutputFactory.newFactory().createXMLStreamWriter(out));
        xml.writeStartDocument("UTF-8", "1.0");
        xml.setDefaultNamespace(NS);
        xml.setPrefix("dc", DC);
        return xml;
    }

    private static void namespaces(XMLStreamWriter xml) throws XMLStreamException {
        xml.writeDefaultNamespace(NS);
        xml.writeNamespace("dc", DC);
        xml.writeNamespace("xsi", "http://www.w3.org/2001/XMLSchema-instance");
        xml.writeAttribute(
                "http://www.w3.org/2001/XMLSchema-instance",
                "schemaLocation",
                NS + " " + ApiSupport.absolute(SCHEMA_PATH));
    }

    private static ResponseEntity<String> finish(XMLStreamWriter xml, StringWriter out) throws XMLStreamException {
        xml.writeEndDocument();
        xml.close();
        return ResponseEntity.ok().contentType(SitemapController.XML).body(out.toString());
    }

    private void publication(XMLStreamWriter xml, Collectivite c, FicheViews.Page page, boolean root)
            throws XMLStreamException {
        String url = ApiSupport.absolute(page.canonicalUrl());
        xml.writeStartElement(NS, "Publication");
        if (root) {
            namespaces(xml);
        }
        xml.writeAttribute("ID", page.ref());
        xml.writeAttribute("type", "Question-réponse");
        xml.writeAttribute("origine", page.locale() ? "locale" : "nationale");
        xml.writeAttribute("URL", url);
        text(xml, DC, "title", page.titre());
        text(xml, DC, "description", Html.text(page.brefHtml()));
        text(xml, DC, "subject", page.theme().libelle());
        text(xml, DC, "creator", page.locale() ? c.nom() : PUBLISHER + " — rédaction nationale");
        text(xml, DC, "publisher", PUBLISHER);
        text(xml, DC, "contributor", c.nom());
        text(
                xml,
                DC,
                "date",
                "modified "
                        + (page.reviewedAt() == null
                                ? ""
                                : DateTimeFormatter.ISO_LOCAL_DATE.format(page.reviewedAt()
                                        .atZone(fr.monenfantalecole.portail.agenda.AgendaCalendar.PARIS))));
        text(xml, DC, "type", "Question-réponse");
        text(xml, DC, "format", "text/html");
        text(xml, DC, "identifier", page.ref());
        text(xml, DC, "source", url);
        text(xml, DC, "language", "fr");
        text(xml, DC, "coverage", territory(c));
        xml.writeStartElement(NS, "Theme");
        xml.writeAttribute("ID", page.theme().id());
        xml.writeCharacters(page.theme().libelle());
        xml.writeEndElement();
        xml.writeStartElement(NS, "Niveau");
        xml.writeAttribute("code", page.niveau().code());
        xml.writeCharacters(page.niveau().libelle());
        xml.writeEndElement();
        html(xml, "Introduction", page.brefHtml());
        xml.writeStartElement(NS, "Texte");
        for (var chapter : Html.chapters(page.detailHtml())) {
            xml.writeStartElement(NS, "Chapitre");
            if (chapter.title() != null) {
                text(xml, NS, "Titre", chapter.title());
            }
            html(xml, "Contenu", chapter.html());
            xml.writeEndElement();
        }
        xml.writeEndElement();
        for (var source : page.sources()) {
            xml.writeStartElement(NS, "Reference");
            if (source.url() != null) {
                xml.writeAttribute("URL", source.url());
            }
            xml.writeCharacters(source.libelle());
            xml.writeEndElement();
        }
        for (var related : page.liees()) {
            xml.writeStartElement(NS, "VoirAussi");
            xml.writeAttribute("ID", related.ref());
            xml.writeAttribute("URL", ApiSupport.absolute(related.url()));
            xml.writeCharacters(related.titre());
            xml.writeEndElement();
        }
        xml.writeEndElement();
    }

    /** "Fougères (35115)", an EPCI's member communes, "Département 35". */
    String territory(Collectivite c) {
        if (c.type() == CollectiviteType.DEPARTEMENT) {
            return c.nom() + " (département " + c.codeInsee() + ")";
        }
        if (c.type() == CollectiviteType.EPCI) {
            return collectivites.members(c.id()).stream()
                    .map(m -> m.nom() + " (" + m.codeInsee() + ")")
                    .collect(Collectors.joining(", "));
        }
        return c.nom() + (c.codeInsee() == null ? "" : " (" + c.codeInsee() + ")");
    }

    private static void html(XMLStreamWriter xml, String name, String html) throws XMLStreamException {
        xml.writeStartElement(NS, name);
        xml.writeAttribute("format", "text/html");
        xml.writeCharacters(html);
        xml.writeEndElement();
    }

    private static void text(XMLStreamWriter xml, String ns, String name, String value) throws XMLStreamException {
        xml.writeStartElement(ns, name);
        xml.writeCharacters(value);
        xml.writeEndElement();
    }
}
