x = '''\
line'''