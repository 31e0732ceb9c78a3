// The project's own rule (an error) fails the build; the national rule it lowered is a warning.
def log = new File(basedir, 'build.log').getText('UTF-8')
assert log =~ /\[ERROR\] src\/reports\/report\.txt:3:\d+: error \[cite-old-regulation\] cites the old regulation/
assert log =~ /\[WARNING\] src\/reports\/report\.txt:3:\d+: warning \[outdated-citation\]/
assert log.contains('1 个问题达到 “error” 级别 / finding(s) at or above error')
def sarif = new groovy.json.JsonSlurper().parse(new File(basedir, 'target/gaokai-lint/gaokai-lint.sarif'), 'UTF-8')
assert sarif.runs[0].tool.driver.rules*.id.contains('cite-old-regulation')
return true
