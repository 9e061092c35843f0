package fr.monenfantalecole.portail.search;

import fr.monenfantalecole.portail.tenant.Collectivite;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.springframework.stereotype.Service;

/**
 * The answers that are not fiches, shown above them when the query asks for one: a school named in
 * the query first, then a street of the carte scolaire, the holiday dates, the quotient calculator.
 * Each kind reads the query in general (names, period words, intent words), never a list of queries.
 */
@Service
class Answers {

    private final SchoolAnswers schools;
    private final StreetAnswers streets;
    private final HolidayAnswers holidays;
    private final CalculatorAnswers calculator;
    private final Clock clock;

    Answers(
            SchoolAnswers schools,
            StreetAnswers streets,
            HolidayAnswers holidays,
            CalculatorAnswers calculator,
            Clock clock) {
        this.schools = schools;
        this.streets = streets;
        this.holidays = holidays;
        this.calculator = calculator;
        this.clock = clock;
    }

    /** The answers for a query of this collectivité, best first; none for an empty query. */
    public List<Answer> of(Collectivite collectivite, String query) {
        return of(collectivite, query, LocalDate.now(clock));
    }

    /** As of a given day (the holiday dates depend on it). */
    public List<Answer> of(Collectivite collectivite, String query, LocalDate today) {
        if (query.isBlank()) {
            return List.of();
        }
        var words = QueryWords.of(query);
        List<Answer> answers = new ArrayList<>(schools.of(collectivite, words));
        answers.addAll(streets.of(collectivite, query));
        answers.addAll(holidays.of(collectivite, words, today));
        answers.addAll(calculator.of(words));
        return answers;
    }
}
