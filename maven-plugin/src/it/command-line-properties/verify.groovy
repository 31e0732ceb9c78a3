// Four builds, one log: which wins, the pom's <configuration> or -Dgaokai.… on the command line.
// The report has three warnings and no error, so the threshold decides the build.
def log = new File(basedir, 'build.log').getText('UTF-8')
def builds = log.split(/(?m)^\[INFO\] --- gaokai-lint-maven-plugin:[^\n]*:check /)
assert builds.length == 5 : 'four builds ran the check'
def (samplePom, pomSetsFailOn, propertyDefault, propertyFromCommandLine) = builds[1..4]
def atWarning = '3 个问题达到 “warning” 级别 / finding(s) at or above warning'

// 1. failOn is not in the sample pom: the property applies. formats is, as a list: the property
// replaces it (only the JSON result was written, neither SARIF nor JUnit).
assert samplePom.contains(atWarning)
assert samplePom.contains('结果 / results: target/gaokai-lint/gaokai-lint.json')
assert !samplePom.contains('gaokai-lint.sarif')
assert !samplePom.contains('TEST-gaokai-lint.xml')
assert samplePom.contains('BUILD FAILURE')

// 2. <failOn>error</failOn> in the pom wins over -Dgaokai.failOn=warning; the pom's formats are back.
assert !pomSetsFailOn.contains(atWarning)
assert pomSetsFailOn.contains('共检查 1 个文件：0 个错误，3 个警告')
assert pomSetsFailOn.contains("removed an earlier run's result file: target/gaokai-lint/gaokai-lint.json")
assert pomSetsFailOn.contains('BUILD SUCCESS')

// 3. and 4. <failOn>${gaokai.failOn}</failOn> with a default in <properties>: the default, unless
// the command line says otherwise.
assert !propertyDefault.contains(atWarning)
assert propertyDefault.contains('BUILD SUCCESS')
assert propertyFromCommandLine.contains(atWarning)
assert propertyFromCommandLine.contains('结果 / results: target/gaokai-lint/gaokai-lint.sarif, target/gaokai-lint/TEST-gaokai-lint.xml')
assert propertyFromCommandLine.contains('BUILD FAILURE')
return true
