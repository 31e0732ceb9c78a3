// Two builds, one log. The first wrote html and json as well; the second, asked for sarif and junit
// only, removed them (a CI step reading gaokai-lint.json would otherwise read the first build's
// verdict) and left the files the plugin does not name alone.
def log = new File(basedir, 'build.log').getText('UTF-8')
def builds = log.split(/(?m)^\[INFO\] --- gaokai-lint-maven-plugin:[^\n]*:check /)
assert builds.length == 3 : 'two builds ran the check'
def (first, second) = [builds[1], builds[2]]
assert !first.contains('已删除上次运行的结果文件')
assert second.contains("[INFO] gaokai-lint: 已删除上次运行的结果文件 / removed an earlier run's result file: target/gaokai-lint/gaokai-lint.html")
assert second.contains("[INFO] gaokai-lint: 已删除上次运行的结果文件 / removed an earlier run's result file: target/gaokai-lint/gaokai-lint.json")

def out = new File(basedir, 'target/gaokai-lint')
assert out.list().toList().toSorted() == ['TEST-gaokai-lint.xml', 'gaokai-lint.html.orig', 'gaokai-lint.sarif', 'notes.txt']
assert new File(out, 'notes.txt').getText('UTF-8') == 'kept'
return true
