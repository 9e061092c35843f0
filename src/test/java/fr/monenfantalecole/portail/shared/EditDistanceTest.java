package fr.monenfantalecole.portail.shared;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class EditDistanceTest {

    @Test
    void lettersAddedLeftOutChangedOrSwappedCountOneEach() {
        assertThat(EditDistance.bounded("cantine", "cantine", 2)).isZero();
        assertThat(EditDistance.bounded("cantinne", "cantine", 2)).isEqualTo(1);
        assertThat(EditDistance.bounded("cantin", "cantine", 2)).isEqualTo(1);
        assertThat(EditDistance.bounded("cantime", "cantine", 2)).isEqualTo(1);
        assertThat(EditDistance.bounded("AVNEUE", "AVENUE", 2)).isEqualTo(1);
        assertThat(EditDistance.bounded("metresse", "maitresse", 3)).isEqualTo(2);
        assertThat(EditDistance.bounded("", "abc", 5)).isEqualTo(3);
    }

    @Test
    void stopsAtTheBoundAndAnswersOneMore() {
        assertThat(EditDistance.bounded("cantine", "college", 2)).isEqualTo(3);
        assertThat(EditDistance.bounded("ab", "abcdef", 1)).isEqualTo(2);
        assertThat(EditDistance.bounded("garderie", "gardrei", 1)).isEqualTo(2);
        assertThat(EditDistance.bounded("garderie", "gardrei", 2)).isEqualTo(2);
        assertThat(EditDistance.bounded("x", "y", Integer.MAX_VALUE - 1)).isEqualTo(1);
    }

    @Test
    void isSymmetric() {
        for (String[] pair :
                new String[][] {{"inscirption", "inscription"}, {"boulvard", "boulevard"}, {"ru", "rue"}}) {
            assertThat(EditDistance.bounded(pair[0], pair[1], 3)).isEqualTo(EditDistance.bounded(pair[1], pair[0], 3));
        }
    }
}
