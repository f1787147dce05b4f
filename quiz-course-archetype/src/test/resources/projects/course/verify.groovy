// Post-build check of the archetype IT: the generated course repository built its site with no warning.
// The project is generated in project/my-course under this IT's folder (basedir: the IT's folder or one below).
String projectVersion = '@project.version@' // filtered at build time
def fail(String message) { throw new AssertionError(message) }
courseDir = [new File(basedir, 'project/my-course'), new File(basedir, 'my-course'), new File(basedir.toString())]
        .find { new File(it, 'build.log').isFile() } // a binding, so the closures below see it
if (courseDir == null) fail("no generated project with a build.log in or below ${basedir}")

['pom.xml', '.gitignore', 'README.md', '.github/workflows/pages.yml', 'src/quiz/_section.md',
 'src/quiz/basics/_section.md', 'src/quiz/basics/question-kinds.md'].each {
    if (!new File(courseDir, it).isFile()) fail("the generated project lacks ${it}")
}

String pom = new File(courseDir, 'pom.xml').getText('UTF-8')
if (!pom.contains('<packaging>pom</packaging>')) fail('the generated pom.xml is not of packaging pom')
if (!pom.contains("<version>${projectVersion}</version>")) fail("the generated pom.xml does not use the plugin at ${projectVersion}")
if (pom.contains('@project.' + 'version@')) fail('the plugin version was not filtered into the generated pom.xml')
if (!new File(courseDir, '.gitignore').getText('UTF-8').contains('target/')) fail('.gitignore does not ignore target/')
String workflow = new File(courseDir, '.github/workflows/pages.yml').getText('UTF-8')
if (!workflow.contains('${{ steps.deployment.outputs.page_url }}')) fail('pages.yml was mangled by Velocity')
if (!new File(courseDir, 'src/quiz/basics/question-kinds.md').getText('UTF-8').contains('# Every question kind')) fail('the bank lost its heading')

File site = new File(courseDir, 'target/quiz-site')
if (!new File(site, 'index.html').isFile()) fail("missing ${site}/index.html")
if (!new File(site, 'basics/question-kinds.html').isFile()) fail("missing ${site}/basics/question-kinds.html")

File buildLog = new File(courseDir, 'build.log')
if (!buildLog.isFile()) fail("missing ${buildLog}")
List<String> lines = buildLog.getText('UTF-8').readLines()
List<String> warnings = lines.findAll { it.startsWith('[WARNING]') || it.contains(': warning: ') }
if (!warnings.isEmpty()) fail("the build warned:\n${warnings.join('\n')}")
String summary = '[INFO] Generated 1 quiz with 12 questions in target/quiz-site'
if (!lines.contains(summary)) fail("build.log lacks <${summary}>; found ${lines.findAll { it.contains('Generated ') }}")
return true
