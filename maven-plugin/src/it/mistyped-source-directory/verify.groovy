// Two builds, one log. The first failed on the mistyped directory, naming it as configured and
// the directory meant; the second, with failIfNoReports=false, only warned.
def log = new File(basedir, 'build.log').getText('UTF-8')
def builds = log.split(/(?m)^\[INFO\] --- gaokai-lint-maven-plugin:[^\n]*:check /)
assert builds.length == 3 : 'two builds ran the check'
def (first, second) = [builds[1], builds[2]]

def problem = 'gaokai-lint: 报告目录不存在 / report directory not found: src/report（是否应为 / did you mean: src/reports）'
assert first.contains('[ERROR] ' + problem)
assert first.contains('BUILD FAILURE')
assert first =~ /\[ERROR\] Failed to execute goal [^\n]*: \Q${problem}\E/

assert second.contains('[WARNING] ' + problem + ' (failIfNoReports=false)')
assert second.contains('BUILD SUCCESS')
assert !(second =~ /\[ERROR\]/)
return true
