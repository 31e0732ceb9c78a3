// Skipped: nothing checked, nothing written, the build passed although the report is broken.
def log = new File(basedir, 'build.log').getText('UTF-8')
assert log.contains('skipped (gaokai.skip)')
assert !log.contains('[three-results-sum]')
assert !new File(basedir, 'target/gaokai-lint').exists()
return true
