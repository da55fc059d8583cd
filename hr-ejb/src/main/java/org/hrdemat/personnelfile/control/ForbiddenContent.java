package org.hrdemat.personnelfile.control;

import java.text.Normalizer;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * The file may mention no political, union, religious or philosophical opinion, and holds no medical document
 * (loi 83-634 art. 18, décret 2011-675). The title and description of a document are checked against the words
 * that name them; a hit refuses the document with the category as reason. Words are matched whole, without
 * accents or case ("Syndicat" and "syndicale" match, "syndic" does not).
 */
public final class ForbiddenContent {

    /** Why a text was refused: its category (political, union, religious, philosophical, medical) and the word. */
    public record Hit(String category, String word) {
    }

    private record Rule(String category, Pattern pattern) {
    }

    private static final List<Rule> RULES = List.of(
            rule("political", "politique(s)?", "parti (politique|socialiste|communiste)", "militant(e|s|es)? politique(s)?",
                    "opinion(s)? politique(s)?", "election(s)? (legislative|presidentielle|municipale)s?"),
            rule("union", "syndicat(s)?", "syndical(e|es|aux)?", "syndique(e|s|es)?", "cgt", "cfdt", "force ouvriere", "unsa",
                    "fsu", "cfe-cgc", "cftc"),
            rule("religious", "religion(s)?", "religieu(x|se|ses)", "confession(nel|nelle)?", "culte", "eglise",
                    "mosquee", "synagogue", "catholique(s)?", "protestant(e|s|es)?", "musulman(e|s|es)?",
                    "juif|juive(s)?|juifs", "bouddhiste(s)?", "croyance(s)?", "pratique religieuse"),
            rule("philosophical", "philosophique(s)?", "franc-macon(ne|s|nes)?", "franc-maconnerie", "loge maconnique",
                    "opinion(s)?", "convictions?"),
            rule("medical", "medical(e|es|aux)?", "medecin(s)?", "diagnostic(s)?", "pathologie(s)?", "ordonnance(s)?",
                    "prescription(s)? medicale(s)?", "hospitalisation(s)?", "compte(-| )rendu operatoire",
                    "sante mentale", "psychiatri(que|e)", "therapie(s)?", "traitement medical", "analyse(s)? sanguine(s)?",
                    "radiographie(s)?", "certificat d'aptitude medicale", "maladie (chronique|grave)", "vih", "cancer(s)?",
                    "grossesse pathologique", "dossier de sante", "arret(s)? de travail", "certificat(s)? d'arret",
                    "medicaux"));

    private ForbiddenContent() {
    }

    private static Rule rule(String category, String... words) {
        return new Rule(category, Pattern.compile("(?<![\\p{L}\\p{N}])(" + String.join("|", words) + ")(?![\\p{L}\\p{N}])"));
    }

    /** The first forbidden mention in the texts, if any. */
    public static Optional<Hit> find(String... texts) {
        for (String text : texts) {
            if (text == null || text.isBlank()) {
                continue;
            }
            String original = Normalizer.normalize(text, Normalizer.Form.NFC);
            String plain = normalise(original);
            for (Rule r : RULES) {
                var m = r.pattern().matcher(plain);
                if (m.find()) {
                    // the same positions in the text as typed (one letter stays one letter), to quote it back
                    String word = plain.length() == original.length() ? original.substring(m.start(1), m.end(1)) : m.group(1);
                    return Optional.of(new Hit(r.category(), word));
                }
            }
        }
        return Optional.empty();
    }

    static String normalise(String text) {
        String decomposed = Normalizer.normalize(text, Normalizer.Form.NFD).replaceAll("\\p{M}", "");
        return decomposed.toLowerCase(Locale.ROOT).replace('’', '\'').replaceAll("\\s", " ");
    }
}
