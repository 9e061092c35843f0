package fr.monenfantalecole.portail.shared;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** A line of a rubrique's diff reads as the parent will read it: no raw "**", no "###", no script. */
class RichTextInlineTest {

    @Test
    void boldAndListsAreRenderedNotShownAsMarks() {
        assertThat(RichText.inlineMarkdown("- **Mercredi** : pas de classe"))
                .isEqualTo("• <strong>Mercredi</strong> : pas de classe");
        assertThat(RichText.inlineMarkdown("### Horaires")).isEqualTo("Horaires");
        assertThat(RichText.inlineMarkdown("2. *deuxième* point")).isEqualTo("2. <em>deuxième</em> point");
        assertThat(RichText.inlineMarkdown("[le site](https://example.org)"))
                .isEqualTo("<a href=\"https://example.org\" rel=\"noopener\">le site</a>");
    }

    @Test
    void staysSafe() {
        assertThat(RichText.inlineMarkdown("**ok** <script>alert(1)</script>"))
                .doesNotContain("<script")
                .contains("<strong>ok</strong>");
        assertThat(RichText.inlineMarkdown("[x](javascript:alert(1))")).doesNotContain("javascript");
    }
}
