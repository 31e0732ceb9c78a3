// README.md and LICENSE.txt are default excludes: the one report was checked, nothing else, and
// the build passed (linted, the README would have been reported as no report at all).
def log = new File(basedir, 'build.log').getText('UTF-8')
assert log.contains('BUILD SUCCESS')
assert !log.contains('README')
assert !log.contains('LICENSE')
assert log.contains('共检查 1 个文件：0 个错误，0 个警告，0 个提示')
def junit = javax.xml.parsers.DocumentBuilderFactory.newInstance().newDocumentBuilder()
    .parse(new File(basedir, 'target/gaokai-lint/TEST-gaokai-lint.xml')).documentElement
def suites = junit.getElementsByTagName('testsuite')
assert suites.length == 1
assert suites.item(0).getAttribute('name') == 'src/reports/report.txt'
return true
