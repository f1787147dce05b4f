// Post-build check of the "overlapping-folders" IT: -Dquiz.outputDirectory=src/quiz (the source folder) fails
// before anything is written, naming the parameter; no source file is touched.
def fail(String message) { throw new AssertionError(message) }

List<String> lines = new File(basedir, 'build.log').getText('UTF-8').readLines()
String failure = lines.find { it.startsWith('[ERROR] Failed to execute goal') }
if (failure == null) fail('the build did not fail')
['outputDirectory ', ' is or lies inside sourceDirectory ', '(set <outputDirectory> or -Dquiz.outputDirectory)'].each {
    if (!failure.contains(it)) fail("the failure does not say '${it}': ${failure}")
}
if (lines.any { it.startsWith('\tat ') || it.contains('Exception:') }) fail('a stack trace was printed')

File source = new File(basedir, 'src/quiz')
List<String> files = []
source.eachFileRecurse(groovy.io.FileType.FILES) { files << source.toPath().relativize(it.toPath()).toString().replace('\\', '/') }
if (files.sort() != ['img/diagram.png', 'intro.md']) fail("src/quiz holds ${files.sort()}: the build wrote into it")
if (new File(source, 'img/diagram.png').getText('UTF-8') != 'PNG') fail('the image was changed')
if (new File(basedir, 'target/quiz-answer-keys').exists()) fail('answer keys were written')
return true
