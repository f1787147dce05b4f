// Post-build check of the "import" IT: the GIFT file became a bank and a section in src/quiz, which quiz:check
// accepts; the dropped partial credit is reported at its line; the second import wrote nothing over them.
def fail(String message) { throw new AssertionError(message) }

File bank = new File(basedir, 'src/quiz/Git/Basics.md')
if (!bank.isFile()) fail('no bank at src/quiz/Git/Basics.md')
String text = bank.getText('UTF-8')
['title: "Basics"', '**1.** Which command records staged changes?', '- [x] git commit', '  > It stages changes.',
 '[[=3.14±0.005]]'].each { if (!text.contains(it)) fail("bank lacks: ${it}\n${text}") }
if (!new File(basedir, 'src/quiz/Git/_section.md').getText('UTF-8').contains('title: "Git"')) fail('no section title')

List<String> lines = new File(basedir, 'build.log').getText('UTF-8').readLines()
def expected = [
    '[WARNING] old.gift:11:1: warning: partial credit 50% on answer "3.1:0.05" dropped: mdquiz grades right or wrong',
    '[INFO] Imported 3 questions into 1 bank in src/quiz (2 files written): 0 errors, 1 warning',
    '[INFO] Checked 1 quiz with 3 questions: 0 errors, 0 warnings',
    '[ERROR] old.gift:1:1: error: src/quiz/Git/Basics.md exists; import never overwrites a file, so nothing was written: move it away, or import into another sourceDirectory',
]
expected.each { if (!lines.contains(it)) fail("build.log lacks: ${it}") }
if (!lines.any { it.contains('Imported nothing from old.gift: 1 error, 1 warning') }) fail('no failure summary')
if (lines.any { it.startsWith('\tat ') || it.contains('Exception:') }) fail('a stack trace was printed')
return true
