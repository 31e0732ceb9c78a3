// Only warnings, and failOn=warning: the warnings are logged as such and fail the build.
def log = new File(basedir, 'build.log').getText('UTF-8')
def warnings = log.readLines().findAll { it =~ /^\[WARNING\] src\/reports\/report\.txt:\d+:\d+: / }
assert warnings.size() == 3
assert warnings.count { it.contains('[table-label-differs]') } == 2
assert !(log =~ /\[ERROR\] src\/reports/)
assert log.contains('3 个问题达到 “warning” 级别 / finding(s) at or above warning')
return true
