// Post-build check of the "parallel-modules" IT: with -T 4 every module builds its own complete site.
def fail(String message) { throw new AssertionError(message) }

List<String> lines = new File(basedir, 'build.log').getText('UTF-8').readLines()
if (!lines.any { it.contains('Using the MultiThreadedBuilder') || it.contains('with a thread count of 4') }) {
    fail('the build did not run multi-threaded')
}
if (lines.any { it.contains('is not marked @threadSafe') }) fail('Maven warned that the goal is not thread-safe')
['a', 'b', 'c', 'd'].each { m ->
    File site = new File(basedir, "course-${m}/target/quiz-site")
    File index = new File(site, 'index.html')
    if (!index.isFile()) fail("course-${m} has no index")
    String html = index.getText('UTF-8')
    if (!html.contains("<h1>Course ${m}</h1>")) fail("course-${m}: index has the wrong title")
    (1..6).each { i ->
        File page = new File(site, "unit-1/quiz-${i}.html")
        if (!page.isFile()) fail("course-${m}: missing unit-1/quiz-${i}.html")
        String text = page.getText('UTF-8')
        if (!text.contains("Course ${m}, quiz ${i}")) fail("course-${m}: quiz ${i} holds another course's content")
        if (!text.endsWith('</html>\n')) fail("course-${m}: quiz ${i} is not whole")
    }
}
if (lines.count { it.contains('Generated 6 quizzes with 12 questions in target/quiz-site') } != 4) {
    fail('expected four summary lines, one per module')
}
return true
