// A correct report: the build passed, nothing was reported and every output was written.
def log = new File(basedir, 'build.log').getText('UTF-8')
assert log.contains('gaokai-lint-maven-plugin')
assert !log.contains('[ERROR]')
assert !(log =~ /\[WARNING\] src\/reports/)
def out = new File(basedir, 'target/gaokai-lint')
['gaokai-lint.sarif', 'TEST-gaokai-lint.xml', 'gaokai-lint.html', 'gaokai-lint.json'].each {
  assert new File(out, it).isFile() : "missing $it"
}
def sarif = new groovy.json.JsonSlurper().parse(new File(out, 'gaokai-lint.sarif'), 'UTF-8')
assert sarif.version == '2.1.0'
assert sarif.runs[0].results.isEmpty()
def junit = javax.xml.parsers.DocumentBuilderFactory.newInstance().newDocumentBuilder()
    .parse(new File(out, 'TEST-gaokai-lint.xml')).documentElement
assert junit.getAttribute('failures') == '0'
assert junit.getElementsByTagName('testsuite').item(0).getAttribute('name') == 'src/reports/report.txt'
return true
