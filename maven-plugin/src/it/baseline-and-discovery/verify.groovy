// Two builds, one log. The first checks each report with the nearest .gaokai-lint.yaml above it
// (the archived copy's table errors are warnings) and records a baseline without failing; the
// second, with that baseline, finds nothing new and passes.
def log = new File(basedir, 'build.log').getText('UTF-8')
def builds = log.split(/(?m)^\[INFO\] --- gaokai-lint-maven-plugin:[^\n]*:check /)
assert builds.length == 3 : 'two builds ran the check'
def (first, second) = [builds[1], builds[2]]

assert first =~ /\[ERROR\] src\/reports\/report\.txt:62:9: \S+ \[three-results-sum\]/
assert first =~ /\[WARNING\] src\/reports\/archive\/report\.txt:62:9: \S+ \[three-results-sum\]/
assert !(first =~ /\[ERROR\] src\/reports\/archive/)
assert first.contains('共检查 2 个文件：3 个错误，5 个警告，0 个提示')
assert first.contains('3 个问题达到 “error” 级别 / finding(s) at or above error；报告 / reports: src/reports/report.txt；')
assert first.contains('(failOnViolation=false)')

def baseline = new groovy.json.JsonSlurper().parse(new File(basedir, 'target/gaokai-lint-baseline.json'), 'UTF-8')
assert baseline.findings.size() == 8
assert baseline.findings*.file.toSet() == ['src/reports/report.txt', 'src/reports/archive/report.txt'].toSet()

// known findings are neither logged nor failing, and the results say they were suppressed
assert !(second =~ /\[(ERROR|WARNING)\]/)
assert second.contains('共检查 2 个文件：0 个错误，0 个警告，0 个提示，另有 8 个已抑制')
def json = new groovy.json.JsonSlurper().parse(new File(basedir, 'target/gaokai-lint/gaokai-lint.json'), 'UTF-8')
assert json.summary.suppressed == 8
assert json.summary.errors == 0
return true
