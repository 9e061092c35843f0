package fr.monenfantalecole.portail.tenant;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

class ContrastTest {

    @Test
    void computesTheWcagRatio() {
        assertThat(Contrast.ratio("#000000", "#ffffff")).isCloseTo(21.0, within(0.01));
        assertThat(Contrast.ratio("#ffffff", "#ffffff")).isCloseTo(1.0, within(0.01));
        // Reference values from the WebAIM contrast checker.
        assertThat(Contrast.againstWhite("#767676")).isCloseTo(4.54, within(0.01));
        assertThat(Contrast.againstWhite("#777777")).isCloseTo(4.48, within(0.01));
    }

    @Test
    void suggestsTheNearestPassingColourOfTheSameHue() {
        assertThat(Contrast.suggestion("#1f4e79")).isEmpty();
        var suggestion = Contrast.suggestion("#ffcc00").orElseThrow();
        assertThat(Contrast.againstWhite(suggestion)).isGreaterThanOrEqualTo(4.5);
        assertThat(Contrast.againstWhite(suggestion)).isLessThan(5.0);
        // Still a yellow-orange: red well above blue.
        int rgb = Integer.parseInt(suggestion.substring(1), 16);
        assertThat((rgb >> 16) & 0xff).isGreaterThan((rgb & 0xff) + 80);
    }

    @Test
    void formatsRatiosTheFrenchWay() {
        assertThat(Contrast.format(4.54)).isEqualTo("4,5:1");
        assertThat(Contrast.format(1.6)).isEqualTo("1,6:1");
    }

    @Test
    void checksSirenKeys() {
        assertThat(Siren.isValid("213501158")).isTrue();
        assertThat(Siren.isValid("213501159")).isFalse();
        assertThat(Siren.isValid("21350115")).isFalse();
    }
}
