// Post-build check of the "check-goal" IT: quiz:check in the validate phase reports warnings, writes nothing,
// and fails because failOnWarning is set.
def fail(String message) { throw new AssertionError(message) }

List<String> lines = new File(basedir, 'build.log').getText('UTF-8').readLines()
def expected = [
    "[WARNING] src/quiz/primes.md:3:1: warning: unknown front matter key 'shufle'; did you mean 'shuffle'?",
    "[WARNING] src/quiz/primes.md:6:1: warning: question 1 says 'Select two' but 1 option is marked correct, so it shows radio buttons",
]
expected.each { if (!lines.contains(it)) fail("build.log lacks: ${it}") }
if (!lines.any { it ==~ /\[INFO\] --- .*quiz-maven-plugin:[^:]+:check \(default\) @ check-goal ---/ }) fail('check did not run in validate')
if (!lines.any { it.contains('Checked 2 quizzes with 2 questions: 0 errors, 2 warnings (failOnWarning is set)') }) {
    fail('no failure summary naming failOnWarning')
}
if (lines.any { it.startsWith('\tat ') || it.contains('Exception:') }) fail('a stack trace was printed')
if (new File(basedir, 'target/quiz-site').exists()) fail('check wrote a site')
return true
