package dev.mdquiz.generator.internal.export.moodle;

import dev.mdquiz.generator.internal.export.ExportBank;
import dev.mdquiz.generator.internal.export.ExportHtml;
import dev.mdquiz.generator.internal.export.HandGraded;
import dev.mdquiz.generator.model.Answer;
import dev.mdquiz.generator.model.BlankNode;
import dev.mdquiz.generator.model.ChoiceOption;
import dev.mdquiz.generator.model.Markup;
import dev.mdquiz.generator.model.Question;
import dev.mdquiz.generator.model.Quiz;
import org.w3c.dom.Document;
import org.w3c.dom.Element;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.function.UnaryOperator;

/** One bank as a Moodle XML {@code <quiz>}: its category, then each question as its kind maps to Moodle. */
final class MoodleQuiz {
    /** Moodle's default penalty for each wrong try in interactive mode, as it writes it. */
    private static final String PENALTY = "0.3333333";

    private final ExportBank bank;
    private final Quiz quiz;
    private final Document document;

    MoodleQuiz(ExportBank bank, Document document) {
        this.bank = bank;
        this.quiz = bank.quiz();
        this.document = document;
    }

    void write() {
        Element root = document.createElement("quiz");
        document.appendChild(root);
        root.appendChild(category());
        if (!quiz.intro().isEmpty()) {
            root.appendChild(introduction());
        }
        for (Question question : quiz.questions()) {
            root.appendChild(question.answer().accept(new QuestionWriter(question)));
        }
    }

    /** The bank's category: {@code $course$/top/<course>/<section>/.../<bank>}. */
    private Element category() {
        Element question = element("question");
        question.setAttribute("type", "category");
        question.appendChild(wrapped("category", MoodleCategory.path(bank)));
        return question;
    }

    /**
     * The bank's introduction as a description at the top of its category, which a quiz can show as it is (a
     * category's own description would lose its images: Moodle imports no files there).
     */
    private Element introduction() {
        Element question = element("question");
        question.setAttribute("type", "description");
        question.appendChild(wrapped("name", quiz.title()));
        question.appendChild(field("questiontext", quiz.intro(), null, this::noBlank));
        question.appendChild(textElement("defaultgrade", "0"));
        question.appendChild(textElement("penalty", "0"));
        question.appendChild(textElement("hidden", "0"));
        return question;
    }

    /** Maps each kind of question to a Moodle question type. */
    private final class QuestionWriter implements Answer.Visitor<Element> {
        private final Question question;

        QuestionWriter(Question question) {
            this.question = question;
        }

        @Override
        public Element choice(Answer.Choice choice) {
            boolean single = choice.type() == dev.mdquiz.generator.model.QuestionType.SINGLE_CHOICE;
            Element element = start("multichoice", this::noBlankHere);
            element.appendChild(textElement("single", Boolean.toString(single)));
            element.appendChild(textElement("shuffleanswers", Boolean.toString(quiz.settings().shuffleAnswers())));
            element.appendChild(textElement("answernumbering", "abc"));
            int correct = (int) choice.correctCount();
            int wrong = choice.options().size() - correct;
            if (!single && (!MoodleFractions.listed(correct) || wrong > 0 && !MoodleFractions.listed(wrong))) {
                bank.warnings().warn(question.position(), "question " + question.id() + ": grades of "
                        + correct + " correct and " + wrong + " wrong options (100/" + correct + " and -100/" + wrong
                        + " %) are not in Moodle's list of grades: they import and grade as written, but editing"
                        + " the question in Moodle asks to change them");
            }
            for (ChoiceOption option : choice.options()) {
                String fraction = single ? (option.correct() ? "100" : "0")
                        : option.correct() ? MoodleFractions.share(correct) : "-" + MoodleFractions.share(wrong);
                Element answer = field("answer", option.text(), question, this::noBlankHere);
                answer.setAttribute("fraction", fraction);
                answer.appendChild(field("feedback", option.feedback(), question, this::noBlankHere));
                element.appendChild(answer);
            }
            return end(element);
        }

        @Override
        public Element fillIn(Answer.FillIn fillIn) {
            if (HandGraded.needed(fillIn)) {
                return essay(fillIn);
            }
            if (fillIn.blanks().size() > 1) {
                return cloze();
            }
            return fillIn.blanks().get(0).accept(new Answer.BlankVisitor<Element>() {
                @Override
                public Element text(Answer.TextBlank text) {
                    Element element = start("shortanswer", node -> "_____");
                    element.appendChild(textElement("usecase", "0"));
                    for (String variant : text.variants()) {
                        Element answer = wrapped("answer", MoodleCloze.shortAnswerPattern(variant));
                        answer.setAttribute("fraction", "100");
                        answer.setAttribute("format", "moodle_auto_format");
                        answer.appendChild(field("feedback", Markup.EMPTY, question, QuestionWriter.this::noBlankHere));
                        element.appendChild(answer);
                    }
                    return end(element);
                }

                @Override
                public Element lines(Answer.LinesBlank lines) {
                    return essay(fillIn);
                }

                @Override
                public Element number(Answer.NumericBlank numeric) {
                    return numerical(numeric);
                }
            });
        }

        private Element numerical(Answer.NumericBlank numeric) {
            Element element = start("numerical", node -> "_____");
            Element answer = wrapped("answer", MoodleCloze.number(MoodleCloze.middle(numeric)));
            answer.setAttribute("fraction", "100");
            answer.setAttribute("format", "moodle_auto_format");
            answer.appendChild(textElement("tolerance", MoodleCloze.number(MoodleCloze.halfWidth(numeric))));
            answer.appendChild(field("feedback", Markup.EMPTY, question, this::noBlankHere));
            element.appendChild(answer);
            element.appendChild(textElement("unitgradingtype", "0"));
            element.appendChild(textElement("unitpenalty", "0.1000000"));
            element.appendChild(textElement("showunits", "3"));
            element.appendChild(textElement("unitsleft", "0"));
            return end(element);
        }

        /**
         * An answer of several lines: Moodle's essay, graded by hand, in a monospaced box as tall as the answer,
         * the expected answers in the grader information (which learners never see).
         */
        private Element essay(Answer.FillIn fillIn) {
            HandGraded.warn(bank.warnings(), question, "an essay question, with the expected answer in its"
                    + " information for graders");
            // no penalty: there is one try, graded by hand
            Element element = start("essay", node -> HandGraded.placeholder(fillIn, node.number()), "0");
            element.appendChild(textElement("responseformat", "monospaced"));
            element.appendChild(textElement("responserequired", "1"));
            // Moodle's form offers 5 to 40 lines in steps of 5
            int lines = Math.min(40, Math.max(5, (HandGraded.lines(fillIn) + 4) / 5 * 5));
            element.appendChild(textElement("responsefieldlines", Integer.toString(lines)));
            element.appendChild(textElement("attachments", "0"));
            element.appendChild(textElement("attachmentsrequired", "0"));
            Element graderInfo = wrapped("graderinfo", HandGraded.expectedHtml(fillIn));
            graderInfo.setAttribute("format", "html");
            element.appendChild(graderInfo);
            Element template = wrapped("responsetemplate", "");
            template.setAttribute("format", "html");
            element.appendChild(template);
            return end(element);
        }

        /** Several blanks: Moodle's Embedded answers (Cloze), each blank a sub-question of weight 1 in the text. */
        private Element cloze() {
            Element element = question("cloze");
            element.appendChild(name());
            element.appendChild(field("questiontext", question.stem(), question, MoodleCloze::code));
            element.appendChild(field("generalfeedback", question.explanation(), question, this::noBlankHere));
            element.appendChild(textElement("penalty", PENALTY));
            element.appendChild(textElement("hidden", "0"));
            element.appendChild(textElement("idnumber", question.id()));
            hint(element);
            return element;
        }

        @Override
        public Element ordering(Answer.Ordering ordering) {
            Element element = start("ordering", this::noBlankHere);
            element.appendChild(textElement("layouttype", "VERTICAL"));
            element.appendChild(textElement("selecttype", "ALL"));
            element.appendChild(textElement("selectcount", "0"));
            element.appendChild(textElement("gradingtype", "ALL_OR_NOTHING"));
            element.appendChild(textElement("showgrading", "SHOW"));
            element.appendChild(textElement("numberingstyle", "none"));
            if (ordering.isCode() && ordering.code().gradeIndent()) {
                bank.warnings().warn(ordering.position(), "question " + question.id() + ": only the order of the"
                        + " lines will be graded: Moodle's ordering question cannot let the learner set their"
                        + " indentation, so each line shows its own");
            }
            int position = 1;
            for (Answer.Item item : ordering.items()) {
                Element answer = field("answer", item.text(), question, this::noBlankHere,
                        html -> ordering.isCode() ? ExportHtml.indented(html, item) : html);
                answer.setAttribute("fraction", Integer.toString(position++));
                element.appendChild(answer);
            }
            return end(element);
        }

        @Override
        public Element matching(Answer.Matching matching) {
            Element element = start("matching", this::noBlankHere);
            element.appendChild(textElement("shuffleanswers", "true"));
            for (Answer.Pair pair : matching.pairs()) {
                Element subquestion = field("subquestion", pair.left(), question, this::noBlankHere);
                String right = new ExportHtml(bank, (link, bytes) -> Optional.of("")).plainRightSide(pair, question);
                subquestion.appendChild(wrapped("answer", right));
                element.appendChild(subquestion);
            }
            return end(element);
        }

        @Override
        public Element none(Answer.None none) {
            Element element = question("description");
            element.appendChild(name());
            element.appendChild(field("questiontext", question.stem(), question, this::noBlankHere));
            element.appendChild(field("generalfeedback", question.explanation(), question, this::noBlankHere));
            element.appendChild(textElement("defaultgrade", "0"));
            element.appendChild(textElement("penalty", "0"));
            element.appendChild(textElement("hidden", "0"));
            element.appendChild(textElement("idnumber", question.id()));
            return element;
        }

        /** The elements every graded type starts with, in Moodle's order. */
        private Element start(String type, Function<BlankNode, String> blanks) {
            return start(type, blanks, PENALTY);
        }

        private Element start(String type, Function<BlankNode, String> blanks, String penalty) {
            Element element = question(type);
            element.appendChild(name());
            element.appendChild(field("questiontext", question.stem(), question, blanks));
            element.appendChild(field("generalfeedback", question.explanation(), question, this::noBlankHere));
            element.appendChild(textElement("defaultgrade", Integer.toString(question.points())));
            element.appendChild(textElement("penalty", penalty));
            element.appendChild(textElement("hidden", "0"));
            element.appendChild(textElement("idnumber", question.id()));
            return element;
        }

        private Element end(Element element) {
            hint(element);
            return element;
        }

        private void hint(Element element) {
            if (!question.hint().isEmpty()) {
                element.appendChild(field("hint", question.hint(), question, this::noBlankHere));
            }
        }

        /** A short name for the question bank's list: the start of the question's text. */
        private Element name() {
            return wrapped("name", ExportHtml.name(question));
        }

        private Element question(String type) {
            Element element = element("question");
            element.setAttribute("type", type);
            return element;
        }

        private String noBlankHere(BlankNode blank) {
            return noBlank(blank);
        }
    }

    /** Only question texts hold blanks, and only fill-in questions; the checks see to that. */
    private String noBlank(BlankNode blank) {
        throw new IllegalStateException("a blank outside a fill-in question's text");
    }

    /**
     * {@code <name format="html"><text>...</text><file .../>...</name>}: the part's HTML, with each course file it
     * points at carried along in base64 and referred to as {@code @@PLUGINFILE@@/name}.
     */
    private Element field(String name, Markup markup, Question question, Function<BlankNode, String> blanks) {
        return field(name, markup, question, blanks, html -> html);
    }

    /** @param finish a last change to the part's HTML */
    private Element field(String name, Markup markup, Question question, Function<BlankNode, String> blanks,
                          UnaryOperator<String> finish) {
        Element field = element(name);
        field.setAttribute("format", "html");
        Map<String, byte[]> files = new LinkedHashMap<>();
        String html = new ExportHtml(bank, (link, bytes) -> {
            String fileName = unique(ExportBank.fileName(link), files);
            files.put(fileName, bytes);
            return Optional.of("@@PLUGINFILE@@/" + URLEncoder.encode(fileName, StandardCharsets.UTF_8)
                    .replace("+", "%20"));
        }).html(markup, question, blanks);
        field.appendChild(textElement("text", finish.apply(html)));
        files.forEach((fileName, bytes) -> {
            Element file = element("file");
            file.setAttribute("name", fileName);
            file.setAttribute("path", "/");
            file.setAttribute("encoding", "base64");
            file.setTextContent(Base64.getEncoder().encodeToString(bytes));
            field.appendChild(file);
        });
        return field;
    }

    /** Two files of the same name from different folders get "-2", "-3", ... before their extension. */
    private static String unique(String name, Map<String, byte[]> taken) {
        if (!taken.containsKey(name)) {
            return name;
        }
        int dot = name.lastIndexOf('.');
        String stem = dot > 0 ? name.substring(0, dot) : name;
        String extension = dot > 0 ? name.substring(dot) : "";
        for (int n = 2; ; n++) {
            String candidate = stem + "-" + n + extension;
            if (!taken.containsKey(candidate)) {
                return candidate;
            }
        }
    }

    private Element element(String name) {
        return document.createElement(name);
    }

    /** {@code <name>text</name>}. */
    private Element textElement(String name, String text) {
        Element element = element(name);
        element.setTextContent(text);
        return element;
    }

    /** {@code <name><text>text</text></name>}: how Moodle wraps names, categories and plain-text answers. */
    private Element wrapped(String name, String text) {
        Element element = element(name);
        element.appendChild(textElement("text", text));
        return element;
    }
}
