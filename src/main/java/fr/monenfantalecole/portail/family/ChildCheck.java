package fr.monenfantalecole.portail.family;

import fr.monenfantalecole.portail.school.Etablissement;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
import java.util.List;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.springframework.validation.BindingResult;

/**
 * What Bean Validation cannot say of a child: a birth date that is a date, not in the future, of a
 * child of school age, and consistent with the class; a school and a class from the lists.
 */
final class ChildCheck {

    /** School age, in years reached during the calendar year the school year starts. */
    static final int YOUNGEST = 2;

    static final int OLDEST = 16;

    private static final DateTimeFormatter FRENCH = DateTimeFormatter.ofPattern("d/M/uuuu");

    private ChildCheck() {}

    /** A date as parents type it (14/03/2018, 14-03-2018, 14.03.2018) or as a date field sends it (2018-03-14). */
    static @Nullable LocalDate parseDate(String typed) {
        String text = typed.strip().replace('-', '/').replace('.', '/').replace(' ', '/');
        try {
            return text.matches("\\d{4}/\\d{1,2}/\\d{1,2}")
                    ? LocalDate.parse(text.replace('/', '-').replaceAll("-(\\d)(?!\\d)", "-0$1"))
                    : LocalDate.parse(text, FRENCH.withResolverStyle(ResolverStyle.STRICT));
        } catch (DateTimeParseException e) {
            return null;
        }
    }

    /** The child's data when the form is right; errors are added to {@code result} otherwise. */
    static Optional<Children.ChildData> check(
            ChildForm form, BindingResult result, LocalDate today, List<Etablissement> schools) {
        String year = SchoolClass.schoolYear(today);
        LocalDate birth = null;
        if (!result.hasFieldErrors("dateNaissance")) {
            birth = parseDate(form.dateNaissance());
            if (birth == null) {
                result.rejectValue("dateNaissance", "famille.dateNaissance.typeMismatch");
            }
        }
        String niveau = form.niveau() == null ? "" : form.niveau().strip();
        var schoolClass = SchoolClass.fromCode(niveau);
        if (!niveau.isEmpty() && schoolClass.isEmpty()) {
            result.rejectValue("niveau", "famille.classe.inconnue");
        }
        if (birth != null) {
            int age = SchoolClass.rentreeYear(year) - birth.getYear();
            if (birth.isAfter(today)) {
                result.rejectValue("dateNaissance", "famille.naissance.future");
            } else if (age < YOUNGEST || age > OLDEST) {
                result.rejectValue("dateNaissance", "famille.naissance.ecole");
            } else if (schoolClass.isPresent()
                    && !schoolClass.get().plausibleFor(birth, SchoolClass.rentreeYear(year))) {
                result.rejectValue("dateNaissance", "famille.naissance.classe");
            }
        }
        String uai = form.uai() == null ? "" : form.uai().strip();
        if (!uai.isEmpty() && schools.stream().noneMatch(e -> e.uai().equals(uai))) {
            result.rejectValue("uai", "famille.ecole.inconnue");
        }
        if (result.hasErrors() || birth == null) {
            return Optional.empty();
        }
        return Optional.of(new Children.ChildData(
                form.nom().strip(),
                form.prenoms().strip(),
                birth,
                form.sexe(),
                uai.isEmpty() ? null : uai,
                niveau.isEmpty() ? null : niveau,
                year,
                form.paiSignale()));
    }
}
