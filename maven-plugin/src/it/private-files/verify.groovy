// Post-build check of the "private-files" IT: with the site in docs/, the teachers' answer keys and the build
// cache stay in target/, never beside the site; keys set elsewhere are warned about.
def fail(String message) { throw new AssertionError(message) }

List<String> lines = new File(basedir, 'build.log').getText('UTF-8').readLines()
List<String> summaries = lines.findAll { it.contains('Generated ') }
if (summaries != ['[INFO] Generated 1 quiz with 2 questions in docs'] * 2) fail("unexpected summaries ${summaries}")

['docs/index.html', 'docs/intro.html', 'target/quiz-answer-keys/intro.md', 'target/quiz-answer-keys/intro.csv',
 'target/quiz-site-cache/manifests/site.txt', 'teachers/intro.md'].each {
    if (!new File(basedir, it).isFile()) fail("missing ${it}")
}
['quiz-answer-keys', 'docs-cache', 'quiz-site-cache', 'docs/quiz-answer-keys'].each {
    if (new File(basedir, it).exists()) fail("${it} was written outside target/")
}

// only the second run, whose keys are outside target/, warns, and names the setting and the risk
List<String> warnings = lines.findAll { it.startsWith('[WARNING]') && it.contains('Directory') }
if (warnings.size() != 1 || !warnings[0].startsWith('[WARNING] teachers:1:1: warning: answerKeyDirectory is outside the build folder ')
        || !warnings[0].contains('could be committed or published')) {
    fail("expected one warning about answerKeyDirectory, found ${warnings}")
}
return true
