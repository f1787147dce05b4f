// Post-build check of the "fork-heap" IT: quiz:generate built in a JVM of its own (fork is on by default), which ran
// out of the heap forkMaxHeap gave it; the failure says so, names the parameter, and nothing was published.
File buildLog = new File(basedir, 'build.log')
String log = buildLog.getText('UTF-8')
String expected = 'the generator ran out of memory in its JVM (6m of heap): give it more, e.g. 512m' +
        ' (check <forkMaxHeap> or -Dquiz.forkMaxHeap)'
assert log.contains(expected) : "expected the failure to say: ${expected}\n${log}"
assert !log.contains('OutOfMemoryError') : 'the JVM\'s own report must not reach the author'
assert !new File(basedir, 'target/quiz-site/index.html').exists() : 'a failed build published a site'
true
