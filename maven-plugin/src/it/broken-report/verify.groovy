// Table 三 does not add up: the findings are in the log as errors, the build failed on them, and
// the SARIF and JUnit results are there for the CI server.
def log = new File(basedir, 'build.log').getText('UTF-8')
assert log =~ /\[ERROR\] src\/reports\/report\.txt:62:9: \S+ \[three-results-sum\]/
assert log =~ /\[ERROR\] src\/reports\/report\.txt:39:19: \S+ \[three-balance\]/
assert log =~ /\[ERROR\] src\/reports\/report\.txt:62:21: \S+ \[three-row-total\]/
assert log =~ /\[WARNING\] src\/reports\/report\.txt:3:3: \S+ \[period-missing\]/
assert log.contains('3 个问题达到 “error” 级别 / finding(s) at or above error')
assert log.contains('target/gaokai-lint/gaokai-lint.sarif')
def out = new File(basedir, 'target/gaokai-lint')
def sarif = new groovy.json.JsonSlurper().parse(new File(out, 'gaokai-lint.sarif'), 'UTF-8')
assert sarif.runs[0].results*.ruleId.containsAll(['three-balance', 'three-results-sum', 'three-row-total'])
assert sarif.runs[0].results[0].locations[0].physicalLocation.artifactLocation.uri == 'src/reports/report.txt'
def junit = javax.xml.parsers.DocumentBuilderFactory.newInstance().newDocumentBuilder()
    .parse(new File(out, 'TEST-gaokai-lint.xml')).documentElement
assert junit.getAttribute('failures') == '3'
assert !new File(out, 'gaokai-lint.html').exists()
return true
