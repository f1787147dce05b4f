// Post-build check of the "eject-theme" IT: the default theme lands in src/quiz-theme and the site builds from it.
def fail(String message) { throw new AssertionError(message) }

File theme = new File(basedir, 'src/quiz-theme')
['layout.ftlh', 'quiz.ftlh', 'index.ftlh', 'quiz.css', 'code.css', 'quiz.js', 'code.js', 'index.js', 'messages.properties'].each {
    if (!new File(theme, it).isFile()) fail("eject-theme did not write ${it}")
}
List<String> lines = new File(basedir, 'build.log').getText('UTF-8').readLines()
if (!lines.any { it ==~ /\[INFO\] Copied \d+ theme files to .*src.quiz-theme/ }) fail('no eject summary line')
String css = new File(theme, 'quiz.css').getText('UTF-8')
String page = new File(basedir, 'target/quiz-site/intro.html').getText('UTF-8')
// the ejected copy is unchanged, so the page carries the default stylesheet as minified at build time
String style = (page =~ /(?s)<style>(.*?)<\/style>/)[0][1]
if (!style.contains('--accent:#0b5cad') || style.length() >= css.length()) fail('the page does not carry the minified default stylesheet')
return true
