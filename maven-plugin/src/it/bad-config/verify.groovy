// A broken rule file stops the build with where it is broken, before any report is read.
def log = new File(basedir, 'build.log').getText('UTF-8')
assert log =~ /configuration error: \S*broken\.yaml:4:11: /
assert log.contains('spelling')
assert !new File(basedir, 'target/gaokai-lint').exists()
return true
