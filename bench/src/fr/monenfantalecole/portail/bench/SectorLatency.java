package fr.monenfantalecole.portail.bench;

import fr.monenfantalecole.portail.sector.SectorIndex;
import java.io.IOException;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.function.Predicate;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/**
 * One carte scolaire lookup in process on Rennes (2,642 rules of the official file), over typed
 * addresses of the development set (abbreviations, typos, postcodes…); the baseline is the same
 * lookup of one address written exactly as in the file. Sample mode gives p99; bench/run.sh sector
 * also runs it in throughput mode for addresses per second.
 */
@State(Scope.Benchmark)
@BenchmarkMode({Mode.SampleTime, Mode.Throughput})
@OutputTimeUnit(TimeUnit.MICROSECONDS)
public class SectorLatency {

    SectorIndex index;
    List<String> addresses;
    Predicate<String> rennes = "35238"::equals;
    int next;

    @Setup(Level.Trial)
    public void setUp() throws IOException {
        var rules = SectorQuality.rules();
        index = new SectorIndex(rules);
        addresses = SectorQuality.addresses(rules, "35238", 7);
    }

    @Benchmark
    public Object lookup() {
        next = (next + 1) % addresses.size();
        return index.lookup(addresses.get(next), null, rennes);
    }

    @Benchmark
    public Object baselineExactAddress() {
        next = (next + 1) % addresses.size();
        return index.lookup("12 RUE MARIE DE FRANCE", "college", rennes);
    }
}
