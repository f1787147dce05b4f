package dev.mdquiz.generator.internal.export.qti;

import org.w3c.dom.Element;

import java.util.List;

/**
 * The parts every Canvas item has, whatever its kind: {@code itemmetadata} with Canvas's fields, {@code material}
 * with HTML, the SCORE variable (0 to 100) and the conditions that set it, {@code itemfeedback}.
 */
final class ItemXml {
    private static final String SCORE = "SCORE";

    private final XmlTree tree;
    private Element item;

    ItemXml(XmlTree tree) {
        this.tree = tree;
    }

    /** The item, with Canvas's question_type, points_possible and original_answer_ids (its answers' ids). */
    void start(Element parent, String ident, String title, String type, int points, List<String> answerIds) {
        item = tree.add(parent, "item", "ident", ident, "title", title);
        Element metadata = tree.add(tree.add(item, "itemmetadata"), "qtimetadata");
        field(metadata, "question_type", type);
        field(metadata, "points_possible", Integer.toString(points));
        field(metadata, "original_answer_ids", String.join(",", answerIds));
    }

    private void field(Element metadata, String label, String entry) {
        Element field = tree.add(metadata, "qtimetadatafield");
        tree.text(field, "fieldlabel", label);
        tree.text(field, "fieldentry", entry);
    }

    Element presentation(String stemHtml) {
        Element presentation = tree.add(item, "presentation");
        material(presentation, stemHtml);
        return presentation;
    }

    void material(Element parent, String html) {
        tree.text(tree.add(parent, "material"), "mattext", html, "texttype", "text/html");
    }

    /** The response processing, declaring SCORE from 0 to 100. */
    Element resprocessing() {
        Element processing = tree.add(item, "resprocessing");
        tree.add(tree.add(processing, "outcomes"), "decvar",
                "maxvalue", "100", "minvalue", "0", "varname", SCORE, "vartype", "Decimal");
        return processing;
    }

    /** @param carryOn whether later conditions are tested too ("Yes", "No"), or null for QTI's default */
    Element respcondition(Element processing, String carryOn) {
        return carryOn == null ? tree.add(processing, "respcondition")
                : tree.add(processing, "respcondition", "continue", carryOn);
    }

    void setScore(Element condition, String action, String value) {
        tree.text(condition, "setvar", value, "action", action, "varname", SCORE);
    }

    void displayFeedback(Element condition, String feedbackId) {
        tree.add(condition, "displayfeedback", "feedbacktype", "Response", "linkrefid", feedbackId);
    }

    void feedback(String feedbackId, String html) {
        Element feedback = tree.add(item, "itemfeedback", "ident", feedbackId);
        material(tree.add(feedback, "flow_mat"), html);
    }

    Element add(Element parent, String name, String... attributes) {
        return tree.add(parent, name, attributes);
    }

    Element text(Element parent, String name, String text, String... attributes) {
        return tree.text(parent, name, text, attributes);
    }
}
