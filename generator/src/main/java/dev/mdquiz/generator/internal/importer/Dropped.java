package dev.mdquiz.generator.internal.importer;

/** The warnings, shared by the readers, for what an import leaves out because mdquiz has no equivalent. */
final class Dropped {
    private Dropped() {
    }

    /** Partial credit on a text or number answer, which is then not accepted. */
    static String partialCredit(double weight, String answer) {
        return "partial credit " + percent(weight) + " on answer \"" + answer
                + "\" dropped: mdquiz grades right or wrong";
    }

    /** Partial credit on an option of a single choice, which then counts as wrong. */
    static String partialCreditOnOption(double weight, String answer) {
        return "partial credit " + percent(weight) + " on answer \"" + answer
                + "\" dropped: mdquiz grades a single choice right or wrong, so this option counts as wrong";
    }

    static String severalFullyRight() {
        return "several options are fully right: in mdquiz a learner must pick all of them (checkboxes), where Moodle"
                + " accepted any one";
    }

    static String extraRightSide(String right) {
        return "extra right-hand side \"" + right + "\" dropped: in mdquiz every right-hand side belongs to a pair";
    }

    /** A second number with full credit. */
    static String secondNumber(String answer) {
        return "answer \"" + answer + "\" dropped: a numeric blank accepts one number or range, the first one with"
                + " full credit";
    }

    static String feedbackOnBlankAnswer(String answer) {
        return "feedback on answer \"" + answer + "\" dropped: a blank has no feedback per answer; the explanation is"
                + " shown to everyone";
    }

    /** An element of imported HTML ({@code <script>}, ...) the page's sanitizer would remove. */
    static String html(String element) {
        return "HTML " + element + " dropped: the page would remove it";
    }

    static String percent(double weight) {
        return (weight == Math.rint(weight) ? String.valueOf((long) weight) : String.valueOf(weight)) + "%";
    }
}
