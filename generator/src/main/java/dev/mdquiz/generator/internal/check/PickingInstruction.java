package dev.mdquiz.generator.internal.check;

import java.util.List;
import java.util.regex.Pattern;

/**
 * Whether a question text already tells the learner how many options to pick, in a shipped language: then the
 * page leaves out its own "(select all that apply)".
 */
public final class PickingInstruction {
    private static final List<Pattern> OTHER_LANGUAGES = List.of(
            // German: "Wählen Sie zwei aus.", "Kreuze alle richtigen an."
            Pattern.compile("\\b(?:wähle|wählen|kreuze|kreuzen|markiere|markieren)\\b[^.?!]*?"
                    + "\\b(?:zwei|drei|vier|fünf|sechs|\\d{1,2}|alle|jede)\\b", Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE),
            // French: "Sélectionnez deux réponses.", "Cochez toutes les bonnes réponses."
            Pattern.compile("\\b(?:sélectionnez|sélectionne|choisissez|choisis|cochez|coche)\\b[^.?!]*?"
                    + "\\b(?:deux|trois|quatre|cinq|six|\\d{1,2}|toutes|tous)\\b", Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE),
            // Spanish: "Seleccione dos.", "Marque todas las correctas."
            Pattern.compile("\\b(?:seleccione|selecciona|elija|elige|marque|marca)\\b[^.?!]*?"
                    + "\\b(?:dos|tres|cuatro|cinco|seis|\\d{1,2}|todas|todos)\\b", Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE),
            // Arabic: "اختر إجابتين", "اختر كل الإجابات الصحيحة"
            Pattern.compile("اختر[^.؟!]*?(?:كل|جميع|اثنين|اثنتين|إجابتين|ثلاث|أربع|خمس|\\d{1,2})"));

    private PickingInstruction() {
    }

    public static boolean given(String stem) {
        return SelectInstruction.find(stem).isPresent()
                || OTHER_LANGUAGES.stream().anyMatch(pattern -> pattern.matcher(stem).find());
    }
}
