// Post-build check of the "export" IT: quiz:export writes a file per bank and format, says so in one line, and
// reports what a format cannot hold at the question it concerns.
def fail(String message) { throw new AssertionError(message) }

String log = new File(basedir, 'build.log').getText('UTF-8')

String summary = '[INFO] Exported 2 quizzes with 4 questions as moodle, gift, qti to target/quiz-export'
List<String> summaries = log.readLines().findAll { it.contains('Exported ') }
if (summaries != [summary]) {
    fail("expected exactly the summary line <${summary}> in build.log, found ${summaries}")
}
List<String> warnings = log.readLines().findAll { it.startsWith('[WARNING] src/quiz/') }
List<String> expectedWarnings = [
        '[WARNING] src/quiz/week-2/order.md:3:1: warning: gift: the introduction: image img/dot.svg left out: gift cannot carry files',
        '[WARNING] src/quiz/week-2/order.md:5:1: warning: gift: ordering question q1 left out: GIFT has no ordering questions',
        '[WARNING] src/quiz/week-2/order.md:7:1: warning: qti: question q1: ordering exported as matching: QTI 1.2 as Canvas'
                + ' imports it has no ordering question, so each position (1, 2, ...) is matched to its item',
]
if (warnings != expectedWarnings) {
    fail("expected the warnings ${expectedWarnings}, found ${warnings}")
}

File export = new File(basedir, 'target/quiz-export')
Set<String> files = [] as Set
export.eachFileRecurse(groovy.io.FileType.FILES) { files << export.toPath().relativize(it.toPath()).toString().replace('\\', '/') }
Set<String> expected = ['moodle/basics.xml', 'moodle/week-2/order.xml', 'gift/basics.txt', 'gift/week-2/order.txt',
                         'qti/basics.zip', 'qti/week-2/order.zip'] as Set
if (files != expected) {
    fail("target/quiz-export holds ${files.sort()}, expected ${expected.sort()}")
}
String moodle = new File(export, 'moodle/week-2/order.xml').getText('UTF-8')
def document = javax.xml.parsers.DocumentBuilderFactory.newInstance().newDocumentBuilder()
        .parse(new File(export, 'moodle/week-2/order.xml'))
def questions = document.getElementsByTagName('question')
assert (0..<questions.length).collect { questions.item(it).getAttribute('type') } == ['category', 'description', 'ordering', 'shortanswer']
assert document.getElementsByTagName('file').item(0).getAttribute('name') == 'dot.svg'
assert moodle.contains('@@PLUGINFILE@@/dot.svg')
String gift = new File(export, 'gift/basics.txt').getText('UTF-8')
assert gift.contains('~%50%2') && gift.contains('~%-100%4 #<p>4 \\= 2 × 2</p>') && gift.contains('{#42}')
def qti = new java.util.zip.ZipFile(new File(export, 'qti/week-2/order.zip'))
assert qti.entries().collect { it.name }.findAll { !it.contains('mdquiz-') } == ['imsmanifest.xml', 'web_resources/week-2/img/dot.svg']
qti.close()
assert !new File(basedir, 'target/quiz-site').exists() : 'quiz:export writes no site'
