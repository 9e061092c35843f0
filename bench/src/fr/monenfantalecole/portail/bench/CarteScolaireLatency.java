package fr.monenfantalecole.portail.bench;

import fr.monenfantalecole.portail.sector.InProcessCarteScolaire;
import fr.monenfantalecole.portail.sector.SectorIndex;
import fr.monenfantalecole.portail.tenant.Collectivite;
import fr.monenfantalecole.portail.tenant.Territory;
import java.io.IOException;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/**
 * One carte scolaire lookup in process through the service the JSON API calls ({@code
 * CarteScolaire.lookup}: territory, index, school names, answers kept), on Rennes (2,642 rules of
 * the official file) over the typed addresses of the development set; {@code lookupNewAddress} is
 * the same without the answers kept (an address not asked before). The baseline, in the same run,
 * is the bare index lookup of one address written exactly as in the file (as in SectorLatency).
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SampleTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
public class CarteScolaireLatency {

    static final Collectivite RENNES = BenchCorpus.commune(1, "rennes", "Rennes", "35238");

    InProcessCarteScolaire carte;
    SectorIndex bare;
    List<String> addresses;
    int next;

    @Setup(Level.Trial)
    public void setUp() throws IOException {
        var rules = SectorQuality.rules();
        carte = new InProcessCarteScolaire(rules, RENNES.id(), new Territory(List.of("35238"), null));
        bare = new SectorIndex(rules);
        addresses = SectorQuality.addresses(rules, "35238", 7);
    }

    private String nextAddress() {
        next = (next + 1) % addresses.size();
        return addresses.get(next);
    }

    @Benchmark
    public Object lookup() {
        return carte.service().lookup(RENNES, nextAddress(), null);
    }

    @Benchmark
    public Object lookupNewAddress() {
        return carte.uncached(RENNES, nextAddress());
    }

    @Benchmark
    public Object baselineExactAddress() {
        nextAddress();
        return bare.lookup("12 RUE MARIE DE FRANCE", "college", "35238"::equals);
    }
}
