package dev.mdquiz.generator.internal.export.qti;

import dev.mdquiz.generator.internal.export.ExportBank;
import dev.mdquiz.generator.internal.export.ReproducibleZip;
import dev.mdquiz.generator.internal.key.Sha256;
import dev.mdquiz.generator.model.Question;
import dev.mdquiz.generator.model.Quiz;
import dev.mdquiz.generator.model.QuizSettings;
import dev.mdquiz.generator.model.SourcePosition;
import org.w3c.dom.Element;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * One bank as a QTI 1.2 content package the way Canvas exports and imports quizzes (Blackboard and D2L read the
 * same): {@code imsmanifest.xml}; the assessment at {@code <id>/<id>.xml}; Canvas's quiz settings at
 * {@code <id>/assessment_meta.xml}; course files under {@code web_resources/}, each a resource of the manifest.
 */
final class QtiPackage {
    static final String QTI_NAMESPACE = "http://www.imsglobal.org/xsd/ims_qtiasiv1p2";
    static final String QTI_SCHEMA = QTI_NAMESPACE + " http://www.imsglobal.org/xsd/ims_qtiasiv1p2p1.xsd";
    static final String CP_NAMESPACE = "http://www.imsglobal.org/xsd/imsccv1p1/imscp_v1p1";
    static final String CP_SCHEMA = CP_NAMESPACE + " http://www.imsglobal.org/xsd/imscp_v1p1.xsd";
    static final String CANVAS_NAMESPACE = "http://canvas.instructure.com/xsd/cccv1p0";
    static final String CANVAS_SCHEMA = CANVAS_NAMESPACE + " https://canvas.instructure.com/xsd/cccv1p0.xsd";

    private final ExportBank bank;
    private final Quiz quiz;
    private final String id;
    private final PackageHtml html;
    /** The questions written, in order: all but those the format cannot hold. */
    private final List<Question> exported = new ArrayList<>();

    private QtiPackage(ExportBank bank) {
        this.bank = bank;
        this.quiz = bank.quiz();
        this.id = identifier(quiz);
        this.html = new PackageHtml(bank);
    }

    /** The bank's zip, whole. */
    static byte[] of(ExportBank bank) {
        return new QtiPackage(bank).bytes();
    }

    /** The package's identifier: stable for a bank's path, so that importing it again finds the same quiz. */
    static String identifier(Quiz quiz) {
        return "mdquiz-" + Sha256.hex(quiz.id(), 24);
    }

    private byte[] bytes() {
        warnSettings();
        byte[] assessment = assessment();
        byte[] meta = meta();
        Map<String, byte[]> files = html.files(); // after every part is rendered
        Map<String, byte[]> entries = new LinkedHashMap<>();
        entries.put("imsmanifest.xml", manifest(files.keySet()));
        entries.put(assessmentPath(), assessment);
        entries.put(metaPath(), meta);
        files.forEach((path, content) -> {
            if (entries.putIfAbsent(path, content) != null) {
                throw new IllegalStateException("two package entries at " + path);
            }
        });
        return ReproducibleZip.of(entries);
    }

    private String assessmentPath() {
        return id + "/" + id + ".xml";
    }

    private String metaPath() {
        return id + "/assessment_meta.xml";
    }

    private byte[] assessment() {
        XmlTree tree = XmlTree.of(QTI_NAMESPACE, "questestinterop", QTI_SCHEMA);
        Element assessment = tree.add(tree.root(), "assessment", "ident", id, "title", quiz.title());
        Element metadata = tree.add(assessment, "qtimetadata");
        Element attempts = tree.add(metadata, "qtimetadatafield");
        tree.text(attempts, "fieldlabel", "cc_maxattempts");
        tree.text(attempts, "fieldentry", "unlimited"); // the page lets learners try again as often as they like
        Element section = tree.add(assessment, "section", "ident", "root_section");
        Element group = group(tree, section);
        Element questions = group == null ? section : group;
        Set<String> idents = new HashSet<>();
        for (Question question : quiz.questions()) {
            String ident = id + "-" + question.id().replaceAll("[^A-Za-z0-9_.-]", "_");
            if (!idents.add(ident)) {
                ident = ident + "-" + question.number();
                idents.add(ident);
            }
            if (new ItemWriter(tree, html, bank.warnings(), question, questions, ident).write()) {
                exported.add(question);
            }
        }
        if (group != null) {
            select(tree, group);
        }
        return tree.bytes();
    }

    /**
     * Drawing and shuffling questions is a Canvas question group: a section that picks its number of questions at
     * random (filled in once the questions are written), each worth the same points; none without either setting.
     */
    private Element group(XmlTree tree, Element root) {
        QuizSettings settings = quiz.settings();
        if (settings.pick() == 0 && !settings.shuffleQuestions() || quiz.questions().isEmpty()) {
            return null;
        }
        List<Question> questions = quiz.questions();
        int points = groupPoints();
        if (questions.stream().anyMatch(question -> question.points() != points)) {
            bank.warnings().warn(SourcePosition.START, "every question counts " + points + " point"
                    + (points == 1 ? "" : "s") + ": " + (settings.pick() > 0 ? "pick" : "shuffle: questions")
                    + " becomes a Canvas question group, whose questions are all worth the same");
        }
        return tree.add(root, "section", "ident", id + "-group", "title", quiz.title());
    }

    /** What the group draws: {@code pick} of the questions written, or all of them in random order. */
    private void select(XmlTree tree, Element group) {
        Element selection = tree.add(tree.add(group, "selection_ordering"), "selection");
        tree.text(selection, "selection_number", Integer.toString(drawn()));
        tree.text(tree.add(selection, "selection_extension"), "points_per_item", Integer.toString(groupPoints()));
        group.insertBefore(group.getLastChild(), group.getFirstChild());
    }

    /** What each question of a question group is worth: the first question's points. */
    private int groupPoints() {
        return quiz.questions().isEmpty() ? 0 : quiz.questions().get(0).points();
    }

    /** How many questions an attempt has: those exported, or as many of them as {@code pick} draws. */
    private int drawn() {
        int pick = quiz.settings().pick();
        return pick > 0 ? Math.min(pick, exported.size()) : exported.size();
    }

    private void warnSettings() {
        QuizSettings settings = quiz.settings();
        if (settings.passPercent() >= 0) {
            bank.warnings().warn(SourcePosition.START, "pass: " + settings.passPercent() + "% is dropped: QTI 1.2"
                    + " quizzes have no pass mark");
        }
        if (settings.reveal() == QuizSettings.Reveal.ON_CORRECT && quiz.questions().stream().anyMatch(q ->
                !q.explanation().isEmpty() || !q.answer().parts().isEmpty() && hasOptionFeedback(q))) {
            bank.warnings().warn(SourcePosition.START, "reveal: on-correct is approximated: the LMS shows"
                    + " explanations and feedback after any answer, not only after a right one");
        }
    }

    private static boolean hasOptionFeedback(Question question) {
        return question.answer() instanceof dev.mdquiz.generator.model.Answer.Choice choice
                && choice.options().stream().anyMatch(option -> !option.feedback().isEmpty());
    }

    /** Canvas's quiz settings, which Blackboard and D2L ignore. */
    private byte[] meta() {
        QuizSettings settings = quiz.settings();
        XmlTree tree = XmlTree.of(CANVAS_NAMESPACE, "quiz", CANVAS_SCHEMA);
        tree.root().setAttribute("identifier", id);
        tree.text(tree.root(), "title", quiz.title());
        StringBuilder description = new StringBuilder();
        if (!quiz.description().isEmpty()) {
            description.append("<p>").append(html.escaped(quiz.description())).append("</p>");
        }
        if (!quiz.intro().isEmpty()) {
            description.append(html.html(quiz.intro(), null));
        }
        tree.text(tree.root(), "description", description.toString());
        tree.text(tree.root(), "shuffle_answers", Boolean.toString(settings.shuffleAnswers()));
        tree.text(tree.root(), "scoring_policy", "keep_highest");
        tree.text(tree.root(), "quiz_type", "assignment");
        int points = exported.stream().mapToInt(Question::points).sum();
        if (settings.pick() > 0) {
            points = drawn() * groupPoints();
        }
        tree.text(tree.root(), "points_possible", Integer.toString(points));
        tree.text(tree.root(), "show_correct_answers",
                Boolean.toString(settings.reveal() == QuizSettings.Reveal.ANSWER));
        tree.text(tree.root(), "allowed_attempts", "-1");
        tree.text(tree.root(), "one_question_at_a_time", "false");
        tree.text(tree.root(), "cant_go_back", "false");
        tree.text(tree.root(), "available", "false");
        return tree.bytes();
    }

    private byte[] manifest(Set<String> files) {
        XmlTree tree = XmlTree.of(CP_NAMESPACE, "manifest", CP_SCHEMA);
        tree.root().setAttribute("identifier", id + "-manifest");
        Element metadata = tree.add(tree.root(), "metadata");
        tree.text(metadata, "schema", "IMS Content");
        tree.text(metadata, "schemaversion", "1.1.3");
        tree.add(tree.root(), "organizations");
        Element resources = tree.add(tree.root(), "resources");
        Element assessment = tree.add(resources, "resource", "identifier", id, "type", "imsqti_xmlv1p2");
        tree.add(assessment, "file", "href", assessmentPath());
        tree.add(assessment, "dependency", "identifierref", id + "-meta");
        int number = 0;
        for (String file : files) {
            tree.add(assessment, "dependency", "identifierref", id + "-file-" + ++number);
        }
        Element meta = tree.add(resources, "resource", "identifier", id + "-meta",
                "type", "associatedcontent/imscc_xmlv1p1/learning-application-resource", "href", metaPath());
        tree.add(meta, "file", "href", metaPath());
        number = 0;
        for (String file : files) {
            Element resource = tree.add(resources, "resource", "identifier", id + "-file-" + ++number,
                    "type", "webcontent", "href", file);
            tree.add(resource, "file", "href", file);
        }
        return tree.bytes();
    }
}
