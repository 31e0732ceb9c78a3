// The 2 MB report is over maxFileSize: it gets an input-unreadable finding and fails the build
// like any report that cannot be read; the small one is checked as usual.
def log = new File(basedir, 'build.log').getText('UTF-8')
assert log.contains('[ERROR] src/reports/two-mb.txt:1:1: 错误 [input-unreadable] 无法读取报告：文件过大（2.1 MB，上限 1 MB）')
assert log.contains('共检查 2 个文件：1 个错误，0 个警告，0 个提示，1 个文件无法读取')
assert log.contains('1 个文件无法读取 / file(s) could not be read；报告 / reports: src/reports/two-mb.txt；')
return true
