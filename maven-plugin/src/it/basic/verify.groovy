// Post-build check of the "basic" IT: a normal `mvn package` with three banks, one of them in a sub-folder.
import java.util.regex.Matcher
import java.util.regex.Pattern

def fail(String message) { throw new AssertionError(message) }

File buildLog = new File(basedir, 'build.log')
assert buildLog.isFile() : "missing ${buildLog}"
String log = buildLog.getText('UTF-8')

// 1. the exact summary line, with the right counts, written once
String summary = '[INFO] Generated 3 quizzes with 6 questions in target/quiz-site'
List<String> summaries = log.readLines().findAll { it.contains('Generated ') && it.contains(' quiz') }
if (summaries != [summary]) {
    fail("expected exactly the summary line <${summary}> in build.log, found ${summaries}")
}

File site = new File(basedir, 'target/quiz-site')
File index = new File(site, 'index.html')
assert index.isFile() : "missing ${index}"

// what each page must hold: title, question count, native inputs by kind
def expected = [
        'git-basics'        : [title: 'Git basics', questions: 3, radios: 5, checkboxes: 3],
        'week-2/shell-tools': [title: 'Shell tools', questions: 2, radios: 4, checkboxes: 3],
        'week-2/editors'    : [title: 'Editors', questions: 1, radios: 2, checkboxes: 0],
]

// 2. exactly the expected files and nothing else (no leftover temporary files)
Set<String> files = [] as Set
site.eachFileRecurse(groovy.io.FileType.FILES) { files << site.toPath().relativize(it.toPath()).toString().replace('\\', '/') }
Set<String> expectedFiles = (expected.keySet().collect { it + '.html' } + ['index.html', '.nojekyll']) as Set
if (files != expectedFiles) {
    fail("target/quiz-site holds ${files.sort()}, expected ${expectedFiles.sort()}")
}

/** Removes the bodies of inline <script> and <style> elements, leaving the page's markup. */
String markupOnly(String html) {
    html.replaceAll(/(?is)(<script\b[^>]*>).*?(<\/script>)/, '$1$2')
        .replaceAll(/(?is)(<style\b[^>]*>).*?(<\/style>)/, '$1$2')
}

int count(String text, String regex) {
    Matcher m = Pattern.compile(regex).matcher(text)
    int n = 0
    while (m.find()) n++
    return n
}

/** The page must load nothing from the network and nothing from other files. */
void checkOffline(String name, String html) {
    String markup = markupOnly(html)
    // any absolute URL anywhere in the markup (attributes, text, comments, meta)
    def url = (markup =~ /(?i)https?:\/\//)
    if (url.find()) fail("${name}: markup references an absolute URL near: ${markup.substring(Math.max(0, url.start() - 60), Math.min(markup.length(), url.end() + 60))}")
    if (markup =~ /(?i)<script\b[^>]*\bsrc\s*=/) fail("${name}: has <script src=...>")
    if (markup =~ /(?i)<link\b[^>]*\brel\s*=\s*["']?stylesheet/) fail("${name}: has <link rel=\"stylesheet\">")
    if (markup =~ /(?i)<(?:iframe|object|embed|img|audio|video|source)\b[^>]*\bsrc\s*=\s*["']?(?:https?:)?\/\//) fail("${name}: embeds remote content")
    if (markup =~ /(?i)\bhref\s*=\s*["']?(?:(?!data:)[a-z][a-z0-9+.-]*:|\/)/) fail("${name}: has a link that is not relative")
    // inline script and style: no URL in string literals or url(), no @import, no network APIs
    html.findAll(/(?is)<(script|style)\b[^>]*>(.*?)<\/\1>/) { all, tag, body ->
        if (body =~ /(?i)(['"`])(?:https?:)?\/\/[^'"`]*\1/) fail("${name}: inline ${tag} has a URL string")
        if (body =~ /(?i)url\(\s*['"]?(?:https?:)?\/\//) fail("${name}: inline ${tag} loads url(...) from the network")
        if (body =~ /(?i)@import/) fail("${name}: inline ${tag} uses @import")
        if (body =~ /\b(?:fetch|XMLHttpRequest|WebSocket|EventSource|importScripts|sendBeacon)\b/) fail("${name}: inline ${tag} uses a network API")
    }
}

String indexHtml = index.getText('UTF-8')
checkOffline('index.html', indexHtml)
assert indexHtml.contains('Version Control Basics') : 'index.html does not show the site title from <name>'

// 3. index: one relative link per page, with the page's title and question count in the same entry
List<String> entries = indexHtml.findAll(/(?is)<li\b.*?<\/li>/)
expected.each { id, page ->
    String href = "href=\"${id}.html\""
    List<String> matching = entries.findAll { it.contains(href) }
    if (matching.size() != 1) fail("index.html: expected one entry linking ${href}, found ${matching.size()}")
    String entry = matching[0]
    if (!(entry =~ />\s*${Pattern.quote(page.title)}\s*</)) fail("index.html: entry for ${id} does not show the title '${page.title}': ${entry}")
    String words = page.questions == 1 ? 'question' : 'questions'
    if (!(entry =~ />\s*${page.questions} ${words}\s*</)) fail("index.html: entry for ${id} does not show '${page.questions} ${words}': ${entry}")
}
int links = count(indexHtml, /(?i)<a\b[^>]*\bhref=/)
assert links == expected.size() : "index.html has ${links} links, expected ${expected.size()}"

// 4. each page: the quiz root, the questions, native inputs, and no answer in clear
expected.each { id, page ->
    File file = new File(site, id + '.html')
    String html = file.getText('UTF-8')
    String markup = markupOnly(html)
    String name = id + '.html'
    checkOffline(name, html)
    if (count(markup, /<[^>]*\sdata-quiz="[^"]+"/) != 1) fail("${name}: expected one element with data-quiz")
    int questions = count(markup, /<[^>]*\sdata-question="[^"]+"/)
    if (questions != page.questions) fail("${name}: ${questions} data-question elements, expected ${page.questions}")
    int radios = count(markup, /(?i)<input\b[^>]*\btype="radio"/)
    int checkboxes = count(markup, /(?i)<input\b[^>]*\btype="checkbox"/)
    if (radios != page.radios || checkboxes != page.checkboxes) {
        fail("${name}: ${radios} radio and ${checkboxes} checkbox inputs, expected ${page.radios} and ${page.checkboxes}")
    }
    if (!(markup =~ />\s*${Pattern.quote(page.title)}\s*</)) fail("${name}: does not show the title '${page.title}'")
    if (html.contains('data-correct')) fail("${name}: contains data-correct, which gives the answers away")
    if (html.toLowerCase().contains('[x]')) fail("${name}: contains a [x] task marker")
    if (markup.contains('[ ]')) fail("${name}: contains a [ ] task marker")
    String back = id.contains('/') ? '../index.html' : 'index.html'
    if (!markup.contains("href=\"${back}\"")) fail("${name}: no relative link back to ${back}")
}

// 5. the teachers' answer keys: beside the site, never in it, a Markdown and a CSV file per bank
File keys = new File(basedir, 'target/quiz-answer-keys')
expected.each { id, page ->
    ['md', 'csv'].each { ext -> assert new File(keys, "${id}.${ext}").isFile() : "missing answer key ${id}.${ext}" }
}

return true
