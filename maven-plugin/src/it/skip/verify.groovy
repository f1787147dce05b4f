// Post-build check of the "skip" IT: `mvn package -Dquiz.skip=true` runs the goal, which must do nothing.
def fail(String message) { throw new AssertionError(message) }

File buildLog = new File(basedir, 'build.log')
assert buildLog.isFile() : "missing ${buildLog}"
List<String> lines = buildLog.getText('UTF-8').readLines()

// the goal ran (so the switch, not a missing execution, is what skipped it) and said why it did nothing
if (!lines.any { it ==~ /\[INFO\] --- .*quiz-maven-plugin:[^:]+:generate .*---/ }) fail('the generate goal did not run')
if (!lines.contains('[INFO] Skipping quiz generation (quiz.skip=true)')) {
    fail("build.log lacks the line '[INFO] Skipping quiz generation (quiz.skip=true)'")
}
if (lines.any { it.contains('Generated ') }) fail("the goal generated a site although skipped: ${lines.find { it.contains('Generated ') }}")

File site = new File(basedir, 'target/quiz-site')
if (site.exists()) fail("${site} exists although generation was skipped")

return true
