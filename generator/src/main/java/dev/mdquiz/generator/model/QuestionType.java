package dev.mdquiz.generator.model;

/** How a question is answered in the page; the attribute is the page's {@code data-type}. */
public enum QuestionType {
    /** One correct option: radio buttons. */
    SINGLE_CHOICE("single"),
    /** Several correct options, or forced: checkboxes. */
    MULTIPLE_CHOICE("multiple"),
    /** One or more blanks in the text, each a short answer or a number. */
    FILL_IN("fill-in"),
    /** Items to put in order. */
    ORDERING("ordering"),
    /** Left-hand items to pair with right-hand items. */
    MATCHING("matching"),
    /** The author gave nothing to answer; only ever seen in a bank with errors. */
    NONE("none");

    private final String attribute;

    QuestionType(String attribute) {
        this.attribute = attribute;
    }

    public String attribute() {
        return attribute;
    }
}
