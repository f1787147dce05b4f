package dev.mdquiz.generator.internal.importer;

import dev.mdquiz.generator.internal.export.moodle.MoodleCloze;
import dev.mdquiz.generator.internal.report.Report;
import dev.mdquiz.generator.model.SourcePosition;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.xml.sax.Attributes;
import org.xml.sax.Locator;
import org.xml.sax.SAXException;
import org.xml.sax.SAXParseException;
import org.xml.sax.helpers.DefaultHandler;

import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;
import javax.xml.parsers.SAXParserFactory;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.math.BigDecimal;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Comparator;
import java.util.Deque;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads Moodle XML (Moodle's qformat_xml): {@code <question type="...">} elements of types category, multichoice,
 * truefalse, shortanswer, numerical, matching, ordering, cloze (multianswer), description and essay. Texts are
 * HTML (or the format their {@code format} attribute names); images embedded as {@code <file encoding="base64">}
 * are written beside the bank. Positions are the question element's line in the file.
 */
final class MoodleXmlReader {
    private static final String LINE = "mdquiz.line";
    /** A cloze sub-question: {@code {1:SHORTANSWER:=Berlin}}, weight optional. */
    private static final Pattern CLOZE = Pattern.compile("\\{(\\d*):([A-Z_]+):((?:\\\\.|[^\\\\}])*)}");
    /** A line of underscores in Markdown (escaped or not): where a short answer's text shows its gap. */
    private static final Pattern UNDERSCORES = Pattern.compile("(?:\\\\?_){3,}");
    private static final Pattern WEIGHT = Pattern.compile("^%(-?\\d+(?:\\.\\d+)?)%");

    private final Report report;
    private final BankCollector banks;

    MoodleXmlReader(Report report) {
        this.report = report;
        this.banks = new BankCollector(report);
    }

    List<ImportedBank> read(byte[] xml) {
        Document document;
        try {
            document = parse(xml);
        } catch (SAXParseException e) {
            report.error(new SourcePosition(Math.max(1, e.getLineNumber()), Math.max(1, e.getColumnNumber())),
                    "cannot read the XML: " + e.getMessage());
            return List.of();
        } catch (SAXException | IOException | ParserConfigurationException e) {
            report.error(SourcePosition.START, "cannot read the XML: " + e.getMessage());
            return List.of();
        }
        Element quiz = document.getDocumentElement();
        if (!quiz.getTagName().equals("quiz")) {
            report.error(at(quiz), "not Moodle XML: the document element is <" + quiz.getTagName() + ">, not <quiz>");
            return List.of();
        }
        for (Element question : children(quiz, "question")) {
            new QuestionReader(question).read();
        }
        return banks.banks();
    }

    /** A DOM whose elements know their line (SAX's locator), with DTDs and external entities refused. */
    private static Document parse(byte[] xml) throws ParserConfigurationException, SAXException, IOException {
        SAXParserFactory sax = SAXParserFactory.newInstance();
        sax.setNamespaceAware(false);
        sax.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
        sax.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
        Document document = DocumentBuilderFactory.newInstance().newDocumentBuilder().newDocument();
        sax.newSAXParser().parse(new ByteArrayInputStream(xml), new DefaultHandler() {
            private final Deque<Node> open = new ArrayDeque<>(List.of(document));
            private final StringBuilder text = new StringBuilder();
            private Locator locator;

            @Override
            public void setDocumentLocator(Locator locator) {
                this.locator = locator;
            }

            @Override
            public void startElement(String uri, String local, String name, Attributes attributes) {
                flush();
                Element element = document.createElement(name);
                for (int i = 0; i < attributes.getLength(); i++) {
                    element.setAttribute(attributes.getQName(i), attributes.getValue(i));
                }
                element.setUserData(LINE, new SourcePosition(locator.getLineNumber(), 1), null);
                open.peek().appendChild(element);
                open.push(element);
            }

            @Override
            public void endElement(String uri, String local, String name) {
                flush();
                open.pop();
            }

            @Override
            public void characters(char[] ch, int start, int length) {
                text.append(ch, start, length);
            }

            private void flush() {
                if (!text.isEmpty() && open.peek() instanceof Element) {
                    open.peek().appendChild(document.createTextNode(text.toString()));
                }
                text.setLength(0);
            }
        });
        return document;
    }

    /** One {@code <question>}. */
    private final class QuestionReader {
        private final Element question;
        private final SourcePosition at;
        private final Map<String, String> images = new HashMap<>();
        private final HtmlToMarkdown html = new HtmlToMarkdown(this::image);

        QuestionReader(Element question) {
            this.question = question;
            this.at = at(question);
        }

        void read() {
            String type = question.getAttribute("type");
            switch (type) {
                case "category" -> category();
                case "multichoice" -> multichoice();
                case "truefalse" -> trueFalse();
                case "shortanswer" -> shortAnswer();
                case "numerical" -> numerical();
                case "matching" -> matching();
                case "ordering" -> ordering();
                case "cloze", "multianswer" -> cloze();
                case "description" -> banks.description(at, text(child(question, "questiontext")));
                case "essay" -> report.warning(at, "essay question \"" + name() + "\" not carried over: mdquiz grades"
                        + " answers in the page, and an essay has none to grade");
                default -> report.warning(at, type + " question \"" + name() + "\" not carried over: mdquiz has"
                        + " choice, fill-in, numeric, ordering and matching questions");
            }
        }

        private void category() {
            Element category = child(question, "category");
            String path = category == null ? "" : textOf(child(category, "text"));
            List<String> segments = CategoryPath.segments(path);
            banks.category(segments);
            Element info = child(question, "info");
            if (info != null && !textOf(child(info, "text")).isBlank()) {
                banks.description(at, text(info));
            }
        }

        private void multichoice() {
            boolean single = !"false".equalsIgnoreCase(textOf(child(question, "single")).strip());
            List<ImportedAnswer.Option> options = new ArrayList<>();
            for (Element answer : children(question, "answer")) {
                double fraction = fraction(answer);
                if (single && fraction > 0 && fraction < 100) {
                    report.warning(at(answer), Dropped.partialCreditOnOption(fraction, plain(answer)));
                }
                options.add(new ImportedAnswer.Option(text(answer), single ? fraction >= 100 : fraction > 0,
                        text(child(answer, "feedback"))));
            }
            if (options.stream().noneMatch(ImportedAnswer.Option::correct)) {
                report.error(at, "question \"" + name() + "\" has no right option (fraction 100)");
                return;
            }
            if (single && options.stream().filter(ImportedAnswer.Option::correct).count() > 1) {
                report.warning(at, Dropped.severalFullyRight());
            }
            add(stem(), new ImportedAnswer.Choice(options), !single);
        }

        private void trueFalse() {
            List<ImportedAnswer.Option> options = new ArrayList<>();
            for (Element answer : children(question, "answer")) {
                String value = plain(answer).strip();
                String label = value.equalsIgnoreCase("true") ? "True" : value.equalsIgnoreCase("false") ? "False"
                        : MarkdownText.ofPlainInline(value);
                options.add(new ImportedAnswer.Option(label, fraction(answer) >= 100, text(child(answer, "feedback"))));
            }
            add(stem(), new ImportedAnswer.Choice(options), false);
        }

        private void shortAnswer() {
            List<String> variants = new ArrayList<>();
            for (Element answer : children(question, "answer")) {
                if (fraction(answer) < 100) {
                    partial(answer);
                } else {
                    noFeedback(answer);
                    Optional<String> literal = ShortAnswerText.literal(plain(answer).strip());
                    if (literal.isEmpty()) {
                        report.warning(at(answer), ShortAnswerText.wildcardDropped(plain(answer).strip()));
                    } else {
                        variants.add(literal.get());
                    }
                }
            }
            if ("1".equals(textOf(child(question, "usecase")).strip())) {
                report.warning(at, "case-sensitive matching dropped: mdquiz compares answers without regard to case");
            }
            if (variants.isEmpty()) {
                report.error(at, "question \"" + name() + "\" has no answer with full credit");
                return;
            }
            fillIn(new ImportedAnswer.TextBlank(variants));
        }

        private void numerical() {
            ImportedAnswer.Blank accepted = null;
            for (Element answer : children(question, "answer")) {
                if (fraction(answer) < 100) {
                    partial(answer);
                    continue;
                }
                try {
                    BigDecimal value = new BigDecimal(plain(answer).strip());
                    String tolerance = textOf(child(answer, "tolerance")).strip();
                    ImportedAnswer.Blank blank = new ImportedAnswer.NumberBlank(value,
                            tolerance.isEmpty() ? BigDecimal.ZERO : new BigDecimal(tolerance).abs());
                    if (accepted == null) {
                        noFeedback(answer);
                        accepted = blank;
                    } else {
                        report.warning(at(answer), Dropped.secondNumber(plain(answer)));
                    }
                } catch (NumberFormatException e) {
                    report.warning(at(answer), "answer \"" + plain(answer) + "\" dropped: it is not a number");
                }
            }
            if (child(question, "units") != null && !children(child(question, "units"), "unit").isEmpty()) {
                report.warning(at, "units dropped: a numeric blank takes the number alone");
            }
            if (accepted == null) {
                report.error(at, "question \"" + name() + "\" has no number with full credit");
                return;
            }
            fillIn(accepted);
        }

        private void matching() {
            List<ImportedAnswer.Pair> pairs = new ArrayList<>();
            for (Element sub : children(question, "subquestion")) {
                String right = plain(child(sub, "answer")).strip();
                if (textOf(child(sub, "text")).isBlank()) {
                    report.warning(at(sub), Dropped.extraRightSide(right));
                    continue;
                }
                pairs.add(new ImportedAnswer.Pair(text(sub), MarkdownText.ofPlainInline(right)));
            }
            if (pairs.size() < 2) {
                report.error(at, "matching question \"" + name() + "\" needs at least two pairs");
                return;
            }
            add(stem(), new ImportedAnswer.Matching(pairs), false);
        }

        private void ordering() {
            List<Element> answers = new ArrayList<>(children(question, "answer"));
            // qtype_ordering gives each item its place as its fraction; the document order where it does not
            if (answers.stream().allMatch(answer -> !answer.getAttribute("fraction").isBlank())) {
                answers.sort(Comparator.comparingDouble(MoodleXmlReader::fraction));
            }
            List<String> items = answers.stream().map(this::text).toList();
            if (items.size() < 2) {
                report.error(at, "ordering question \"" + name() + "\" needs at least two items");
                return;
            }
            add(stem(), new ImportedAnswer.Ordering(items), false);
        }

        /** Embedded answers: short answers and numbers become blanks; a lone drop-down a choice. */
        private void cloze() {
            Element questionText = child(question, "questiontext");
            String source = textOf(child(questionText, "text"));
            Matcher matcher = CLOZE.matcher(source);
            List<ImportedAnswer.Blank> blanks = new ArrayList<>();
            List<ImportedAnswer.Option> dropDown = null;
            StringBuilder text = new StringBuilder();
            int count = 0;
            while (matcher.find()) {
                count++;
                String kind = matcher.group(2);
                List<ClozeAnswer> answers = clozeAnswers(matcher.group(3));
                String replacement;
                if (kind.matches("MULTICHOICE.*|MC[VHS]?|MULTIRESPONSE.*|MR[HS]?")) {
                    List<ImportedAnswer.Option> options = new ArrayList<>();
                    List<String> right = new ArrayList<>();
                    for (ClozeAnswer answer : answers) {
                        double fraction = answer.fraction();
                        boolean correct = fraction >= 100;
                        if (fraction > 0 && fraction < 100) {
                            report.warning(at, "partial credit " + Dropped.percent(fraction) + " on answer \""
                                    + answer.text() + "\" dropped: mdquiz grades a choice right or wrong, so this"
                                    + " option counts as wrong");
                        }
                        options.add(new ImportedAnswer.Option(MarkdownText.ofPlainInline(answer.text()), correct,
                                answer.feedback().isBlank() ? "" : MarkdownText.ofPlain(answer.feedback())));
                        if (correct) {
                            right.add(answer.text());
                        }
                    }
                    if (right.isEmpty()) {
                        report.error(at, "embedded answer " + matcher.group() + " has no right option");
                        return;
                    }
                    dropDown = options;
                    replacement = ImportedAnswer.FillIn.placeholder(blanks.size());
                    blanks.add(new ImportedAnswer.TextBlank(right));
                } else if (kind.matches("NUMERICAL|NM")) {
                    ImportedAnswer.Blank number = null;
                    for (ClozeAnswer answer : answers) {
                        if (answer.fraction() < 100) {
                            report.warning(at, Dropped.partialCredit(answer.fraction(), answer.text()));
                        } else if (number == null) {
                            String[] parts = answer.text().split(":", 2);
                            try {
                                number = new ImportedAnswer.NumberBlank(new BigDecimal(parts[0].strip()),
                                        parts.length > 1 ? new BigDecimal(parts[1].strip()).abs() : BigDecimal.ZERO);
                            } catch (NumberFormatException e) {
                                report.error(at, "cannot read the number \"" + answer.text() + "\" of embedded answer "
                                        + matcher.group());
                            }
                        }
                    }
                    if (number == null) {
                        return;
                    }
                    replacement = ImportedAnswer.FillIn.placeholder(blanks.size());
                    blanks.add(number);
                } else if (kind.matches("SHORTANSWER.*|SA[C]?|MW")) {
                    List<String> variants = new ArrayList<>();
                    for (ClozeAnswer answer : answers) {
                        if (answer.fraction() < 100) {
                            report.warning(at, Dropped.partialCredit(answer.fraction(), answer.text()));
                        } else if (ShortAnswerText.literal(answer.text()).isEmpty()) {
                            report.warning(at, ShortAnswerText.wildcardDropped(answer.text()));
                        } else {
                            variants.add(ShortAnswerText.literal(answer.text()).get());
                        }
                    }
                    if (variants.isEmpty()) {
                        report.error(at, "embedded answer " + matcher.group() + " has no answer with full credit");
                        return;
                    }
                    replacement = ImportedAnswer.FillIn.placeholder(blanks.size());
                    blanks.add(new ImportedAnswer.TextBlank(variants));
                } else {
                    report.error(at, "embedded answer type " + kind + " is not one mdquiz can carry over");
                    return;
                }
                matcher.appendReplacement(text, Matcher.quoteReplacement(replacement));
            }
            matcher.appendTail(text);
            if (count == 0) {
                report.warning(at, "cloze question \"" + name() + "\" has no embedded answers; not carried over");
                return;
            }
            String html = text.toString();
            if (count == 1 && dropDown != null) {
                // one drop-down alone: a choice question, the gap shown as a line
                add(convert(html.replace(ImportedAnswer.FillIn.placeholder(0), "_____"), format(questionText)), new ImportedAnswer.Choice(dropDown),
                        false);
                return;
            }
            if (dropDown != null) {
                report.warning(at, "drop-down menus became blanks that accept their right answers: mdquiz has no"
                        + " choice inside a sentence");
            }
            banks.question(new ImportedQuestion(at, convert(html, format(questionText)), hint(),
                    new ImportedAnswer.FillIn(blanks), text(child(question, "generalfeedback")), points(), false));
        }

        /** Each embedded answer, its text and feedback unescaped. */
        private List<ClozeAnswer> clozeAnswers(String spec) {
            List<ClozeAnswer> answers = new ArrayList<>();
            for (String part : spec.split("(?<!\\\\)~")) {
                String body = part;
                double fraction = 0;
                if (body.startsWith("=")) {
                    fraction = 100;
                    body = body.substring(1);
                } else {
                    Matcher weight = WEIGHT.matcher(body);
                    if (weight.find()) {
                        fraction = Double.parseDouble(weight.group(1));
                        body = body.substring(weight.end());
                    }
                }
                String[] split = body.split("(?<!\\\\)#", 2);
                answers.add(new ClozeAnswer(fraction, MoodleCloze.unescape(split[0].strip()),
                        split.length > 1 ? MoodleCloze.unescape(split[1].strip()) : ""));
            }
            return answers;
        }

        /** The blank goes where the text shows a line of underscores (Moodle's convention), else at its end. */
        private void fillIn(ImportedAnswer.Blank blank) {
            String placeholder = ImportedAnswer.FillIn.placeholder(0);
            String stem = stem();
            Matcher line = UNDERSCORES.matcher(stem);
            stem = line.find() ? stem.substring(0, line.start()) + placeholder + stem.substring(line.end())
                    : stem + " " + placeholder;
            banks.question(new ImportedQuestion(at, stem, hint(), new ImportedAnswer.FillIn(List.of(blank)),
                    text(child(question, "generalfeedback")), points(), false));
        }

        private void add(String stem, ImportedAnswer answer, boolean multiple) {
            banks.question(new ImportedQuestion(at, stem, hint(), answer, text(child(question, "generalfeedback")),
                    points(), multiple));
        }

        private String stem() {
            String stem = text(child(question, "questiontext"));
            if (stem.isBlank()) {
                report.warning(at, "question \"" + name() + "\" has no text; its name stands in for it");
                return MarkdownText.ofPlain(name());
            }
            return stem;
        }

        private String hint() {
            List<Element> hints = children(question, "hint");
            if (hints.size() > 1) {
                report.warning(at(hints.get(1)), "hints after the first dropped: mdquiz shows one hint per question");
            }
            return hints.isEmpty() ? "" : text(hints.get(0));
        }

        private int points() {
            String grade = textOf(child(question, "defaultgrade")).strip();
            if (grade.isEmpty()) {
                return 1;
            }
            try {
                BigDecimal value = new BigDecimal(grade);
                int points = value.setScale(0, java.math.RoundingMode.HALF_UP).intValue();
                if (value.compareTo(BigDecimal.valueOf(points)) != 0) {
                    report.warning(at, "default mark " + value.stripTrailingZeros().toPlainString() + " rounded to "
                            + Math.max(1, points) + ": mdquiz weighs questions in whole points");
                }
                return Math.max(1, points);
            } catch (NumberFormatException e) {
                return 1;
            }
        }

        private String name() {
            Element name = child(question, "name");
            return name == null ? "" : textOf(child(name, "text")).strip();
        }

        private void partial(Element answer) {
            report.warning(at(answer), Dropped.partialCredit(fraction(answer), plain(answer)));
        }

        private void noFeedback(Element answer) {
            if (!textOf(child(child(answer, "feedback"), "text")).isBlank()) {
                report.warning(at(answer), Dropped.feedbackOnBlankAnswer(plain(answer)));
            }
        }

        /** A text element's content ({@code <text>} in the format its {@code format} names) as Markdown. */
        private String text(Element element) {
            if (element == null) {
                return "";
            }
            for (Element file : children(element, "file")) {
                embed(file);
            }
            return convert(textOf(child(element, "text")), format(element));
        }

        private TextFormat format(Element element) {
            return TextFormat.named(element == null ? "" : element.getAttribute("format"), TextFormat.HTML);
        }

        private String convert(String text, TextFormat format) {
            String markdown = format.toMarkdown(text, html);
            for (String dropped : html.takeDropped()) {
                report.warning(at, Dropped.html(dropped));
            }
            return markdown;
        }

        /** A text's plain content: its HTML's text. */
        private String plain(Element element) {
            String text = textOf(child(element, "text"));
            return HtmlToMarkdown.looksLikeHtml(text) ? org.jsoup.Jsoup.parse(text).text() : text;
        }

        /** Keeps an embedded file to write beside the bank, under a name that is safe and its own. */
        private void embed(Element file) {
            String name = file.getAttribute("name");
            if (!"base64".equals(file.getAttribute("encoding")) || name.isBlank()) {
                return;
            }
            try {
                byte[] content = Base64.getMimeDecoder().decode(textOf(file).strip());
                images.put(name, banks.file("images/" + CategoryPath.fileName(name), content));
            } catch (IllegalArgumentException e) {
                report.warning(at(file), "embedded file \"" + name + "\" dropped: its base64 content cannot be read");
            }
        }

        /** {@code @@PLUGINFILE@@/a%20b.png} to the path its file was written to. */
        private String image(String src) {
            if (!src.startsWith("@@PLUGINFILE@@/")) {
                return src;
            }
            String name = URLDecoder.decode(src.substring("@@PLUGINFILE@@/".length()).replace("+", "%2B"),
                    StandardCharsets.UTF_8);
            if (name.contains("/")) {
                name = name.substring(name.lastIndexOf('/') + 1);
            }
            String path = images.get(name);
            if (path == null) {
                report.warning(at, "image \"" + name + "\" is not embedded in the file; its link will be broken");
                return "images/" + CategoryPath.fileName(name);
            }
            return path;
        }
    }

    /** One answer of an embedded answer: its grade in percent, its text, its feedback (empty for none). */
    private record ClozeAnswer(double fraction, String text, String feedback) {
    }

    private static double fraction(Element answer) {
        try {
            return Double.parseDouble(answer.getAttribute("fraction").strip());
        } catch (NumberFormatException e) {
            return 0;
        }
    }

    private static SourcePosition at(Element element) {
        Object line = element.getUserData(LINE);
        return line instanceof SourcePosition position ? position : SourcePosition.START;
    }

    private static Element child(Element parent, String name) {
        if (parent == null) {
            return null;
        }
        for (Node node = parent.getFirstChild(); node != null; node = node.getNextSibling()) {
            if (node instanceof Element element && element.getTagName().equals(name)) {
                return element;
            }
        }
        return null;
    }

    private static List<Element> children(Element parent, String name) {
        List<Element> found = new ArrayList<>();
        if (parent == null) {
            return found;
        }
        for (Node node = parent.getFirstChild(); node != null; node = node.getNextSibling()) {
            if (node instanceof Element element && element.getTagName().equals(name)) {
                found.add(element);
            }
        }
        return found;
    }

    private static String textOf(Element element) {
        return element == null ? "" : element.getTextContent();
    }
}
