// Post-build check of the "help" IT: mvn quiz:help lists every goal of the plugin.
File buildLog = new File(basedir, 'build.log')
assert buildLog.isFile() : "missing ${buildLog}"
String log = buildLog.getText('UTF-8')
['quiz:check', 'quiz:eject-theme', 'quiz:export', 'quiz:generate', 'quiz:help', 'quiz:serve'].each {
    assert log.readLines().any { line -> line.trim() == it } : "quiz:help does not list ${it}:\n${log}"
}
return true
