// Post-build check of the "failing-folders" IT: each of the three builds failed with a message naming the
// parameter whose folder failed (cacheDirectory, answerKeyDirectory, themeDirectory), without a stack trace.
def fail(String message) { throw new AssertionError(message) }

String log = new File(basedir, 'build.log').getText('UTF-8')
List<String> lines = log.readLines()
List<String> failures = lines.findAll { it.startsWith('[ERROR] Failed to execute goal') }
if (failures.size() != 3) fail("expected three failed builds, found ${failures.size()}: ${failures}")
[['cacheDirectory ', 'not-a-folder is a file, not a folder', '(check <cacheDirectory> or -Dquiz.cacheDirectory)'],
 ['answerKeyDirectory ', 'not-a-folder is a file, not a folder', '(check <answerKeyDirectory> or -Dquiz.answerKeyDirectory)'],
].eachWithIndex { List<String> expected, int i ->
    expected.each { if (!failures[i].contains(it)) fail("failure ${i + 1} does not say '${it}': ${failures[i]}") }
}
// a template error's message may run over several lines: the parameter closes it
if (!failures[2].contains('broken-theme') || !failures[2].contains('quiz.ftlh:1:')) fail("failure 3 does not name the template: ${failures[2]}")
if (!log.contains('(check <themeDirectory> or -Dquiz.themeDirectory)')) fail('the theme failure does not name themeDirectory')
if (lines.any { it.startsWith('\tat ') || it.startsWith('Caused by: ') }) fail('a stack trace was printed')

if (new File(basedir, 'not-a-folder').getText('UTF-8') != 'a file where a folder is configured\n') fail('the file in the way was changed')
// none of the builds wrote a page: the first two failed before writing, the third while rendering
File site = new File(basedir, 'target/quiz-site')
if (site.exists()) {
    List<String> files = []
    site.eachFileRecurse(groovy.io.FileType.FILES) { files << it.path }
    if (files) fail("target/quiz-site was written although every build failed: ${files}")
}
return true
