// Post-build check of the "no-project" IT: the goal run by coordinates in a folder without a pom.xml,
// with relative -Dquiz.sourceDirectory=quiz -Dquiz.outputDirectory=site.
def fail(String message) { throw new AssertionError(message) }

assert !new File(basedir, 'pom.xml').exists() : 'the no-project fixture must not have a pom.xml'

File buildLog = new File(basedir, 'build.log')
assert buildLog.isFile() : "missing ${buildLog}"
List<String> lines = buildLog.getText('UTF-8').readLines()

// relative paths are resolved against the folder Maven ran in, and the summary shows them relative to it
String summary = '[INFO] Generated 1 quiz with 2 questions in site'
if (!lines.contains(summary)) {
    fail("build.log lacks the summary line <${summary}>; found ${lines.findAll { it.contains('Generated ') }}")
}

File site = new File(basedir, 'site')
File page = new File(site, 'intro.html')
File index = new File(site, 'index.html')
assert page.isFile() : "missing ${page}"
assert index.isFile() : "missing ${index}"
if (new File(basedir, 'target/quiz-site').exists()) fail('output went to target/ instead of -Dquiz.outputDirectory=site')

// the private files go to target/ where Maven ran, since the source folder is in it (the usual .gitignore covers it), never beside the site
assert new File(basedir, 'target/quiz-answer-keys/intro.md').isFile() : 'missing target/quiz-answer-keys/intro.md'
assert new File(basedir, 'target/quiz-site-cache/manifests/site.txt').isFile() : 'missing target/quiz-site-cache/manifests/site.txt'
['quiz-answer-keys', 'site-cache', 'quiz-site-cache'].each {
    if (new File(basedir, it).exists()) fail("${it} was written beside the site, outside target/")
}
if (lines.any { it.startsWith('[WARNING]') && it.contains('Directory') }) fail('the default folders were warned about')

String indexHtml = index.getText('UTF-8')
if (!indexHtml.contains('href="intro.html"')) fail('index.html does not link intro.html')
if (!indexHtml.contains('Introduction')) fail('index.html does not show the bank title')
// without a POM the stub project's name ("Maven Stub Project (No POM)") must not become the site title
if (indexHtml.contains('Stub Project')) fail('index.html is titled after the Maven stub project')
if (!(indexHtml =~ /<title>\s*Quizzes\s*<\/title>/)) fail('index.html does not use the default site title "Quizzes"')

return true
