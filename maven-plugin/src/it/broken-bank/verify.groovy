// Post-build check of the "broken-bank" IT: the build failed (invoker.buildResult = failure); check how.
def fail(String message) { throw new AssertionError(message) }

File buildLog = new File(basedir, 'build.log')
assert buildLog.isFile() : "missing ${buildLog}"
List<String> lines = buildLog.getText('UTF-8').readLines()

// Every problem in the three broken banks, exactly where it is (line:column, 1-based), in file and line order.
// The location, severity and the message's leading words are exact; the advice after them may be reworded.
// The paths also prove diagnostics are relative to the project base directory, sub-folders included.
List<List<String>> expected = [
        // networking.md: front matter lines 1-3 still count; question 2 (line 11) has only a paragraph
        ['src/quiz/networking.md:11:1', 'question 2 has no options'],
        // question 3's options list starts on line 17 and is all [ ]
        ['src/quiz/networking.md:17:1', 'question 3 has no correct option'],
        // question 4's second option ("- [ ]", line 24) is empty
        ['src/quiz/networking.md:24:1', 'empty option in question 4'],
        // unit-2/legacy.md is Latin-1: the byte 0xE9 after "caf" is byte 24 of line 3, byte 33 of the file;
        // the file cannot be read, so it gets this one error and nothing else
        ['src/quiz/unit-2/legacy.md:3:24', 'file is not valid UTF-8 (byte offset 33)'],
        // unit-2/storage.md: the list starts right under question 1's text, on line 4, without any [x]
        ['src/quiz/unit-2/storage.md:4:1', 'question 1 has no correct option'],
        ['src/quiz/unit-2/storage.md:7:1', 'question 2 has no options'],
        ['src/quiz/unit-2/storage.md:12:1', 'empty option in question 3'],
]

// the diagnostics Maven printed: "[ERROR] <path>:<line>:<col>: <severity>: <message>"
List<String> diagnostics = lines.findAll { it ==~ /\[(ERROR|WARNING)\] \S+\.md:\d+:\d+: (error|warning): .*/ }
boolean matches(String line, List<String> want) {
    line.startsWith("[ERROR] ${want[0]}: error: ${want[1]}".toString())
}
List<String> missing = expected.findAll { want -> !diagnostics.any { matches(it, want) } }.collect { it.join(': error: ') }
List<String> unexpected = diagnostics.findAll { line -> !expected.any { matches(line, it) } }
if (missing || unexpected) {
    fail("diagnostics differ from the expected ones\n  missing:    ${missing.join('\n              ')}" +
            "\n  unexpected: ${unexpected.join('\n              ')}\n  printed:    ${diagnostics.join('\n              ')}")
}
boolean inOrder = diagnostics.size() == expected.size() &&
        (0..<expected.size()).every { matches(diagnostics[it], expected[it]) }
if (!inOrder) fail("diagnostics are not in file and line order, or repeated:\n${diagnostics.join('\n')}")
if (diagnostics.any { it.contains('good.md') }) fail('good.md is reported although it has no problem')

// the failure names the totals
String count = '7 errors and 0 warnings in question banks'
if (!lines.any { it.startsWith('[ERROR] Failed to execute goal') && it.contains(": ${count}") }) {
    fail("build.log has no '[ERROR] Failed to execute goal ...: ${count}' line")
}

// a problem in a bank is the author's error, not a crash: no Java stack trace anywhere
List<String> trace = lines.findAll {
    it.startsWith('\tat ') || it ==~ /\s*at [\w$.]+\(.*\)\s*/ || it ==~ /.*\b[\w$.]+(Exception|Error)(: .*)?/ && !it.startsWith('[') ||
            it.startsWith('Caused by: ') || it ==~ /\s*\.\.\. \d+ more/
}
if (trace) fail("build.log holds a stack trace:\n${trace.take(10).join('\n')}")
if (lines.any { it.contains('Exception:') }) fail("build.log mentions an exception: ${lines.find { it.contains('Exception:') }}")

// nothing half-written: the output folder holds no file at all (ideally it does not exist)
File site = new File(basedir, 'target/quiz-site')
if (site.exists()) {
    List<String> files = []
    site.eachFileRecurse(groovy.io.FileType.FILES) { files << it.path }
    if (files) fail("target/quiz-site was written although the build failed: ${files}")
}

return true
