// Post-build check of the "math" IT: TeX becomes MathML at build time inside Maven's plugin class loader
// (GraalJS and Temml found there), with no warning from GraalJS, and a page without math holds none.
def fail(String message) { throw new AssertionError(message) }

String log = new File(basedir, 'build.log').getText('UTF-8')
if (!log.contains('[INFO] Generated 2 quizzes with 3 questions in target/quiz-site')) fail('no summary line in build.log')
// Maven's own checksum warnings about the test's local repository aside, nothing warns: GraalJS neither
List<String> warnings = log.readLines().findAll {
    (it.startsWith('[WARNING]') && !(it.contains('Checksum validation') || it.contains('Could not validate integrity of download')))
            || it =~ /(?i)interpreter|truffle|polyglot/
}
if (warnings) fail("build.log warns:\n${warnings.join('\n')}")

String circles = new File(basedir, 'target/quiz-site/circles.html').getText('UTF-8')
if (!circles.contains('<math alttext="\\pi r^2" aria-label="\\pi r^2"><mrow><mi>π</mi><msup><mi>r</mi><mn>2</mn></msup></mrow></math>')) {
    fail('circles.html lacks the MathML of \\pi r^2')
}
if (!circles.contains('<math display="block" alttext="C = 2\\pi r"')) fail('circles.html lacks the display formula')
if (!circles.contains('A ticket costs $5 and a meal $10.')) fail('prices became math')
if (circles.contains('style="')) fail('a style attribute, which the page policy forbids')

String plain = new File(basedir, 'target/quiz-site/plain.html').getText('UTF-8')
if (plain.contains('<math')) fail('plain.html holds MathML')

File key = new File(basedir, 'target/quiz-answer-keys/circles.md')
if (!key.getText('UTF-8').contains('$\\pi r^2$')) fail("the teachers' key does not keep the TeX:\n${key.text}")
if (!new File(basedir, 'target/quiz-site-cache/math').isDirectory()) fail('no formulas in the build cache')
return true
