// A report of about 2 MB, written here rather than kept in the repository: the seed report repeated.
def seed = new File(basedir, 'src/reports/report.txt').getText('UTF-8')
def big = new File(basedir, 'src/reports/two-mb.txt')
big.withWriter('UTF-8') { w -> (2 * 1024 * 1024 / seed.getBytes('UTF-8').length + 1).times { w << seed } }
return true
