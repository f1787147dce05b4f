package dev.mdquiz.generator.internal.model;

/** How a question is answered in the page. */
public enum QuestionType {
    /** One correct option: radio buttons. */
    SINGLE_CHOICE("single"),
    /** Several correct options: checkboxes, graded all-or-nothing. */
    MULTIPLE_CHOICE("multiple");

    private final String attribute;

    QuestionType(String attribute) {
        this.attribute = attribute;
    }

    /** The value of the page's {@code data-type} attribute. */
    public String attribute() {
        return attribute;
    }
}
