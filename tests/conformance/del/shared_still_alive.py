# del of one name leaves an object alive while another name or container holds it.
import sys

data = [1, 2, 3]
alias = data
container = {"data": data}
print(sys.getrefcount(data))
del data
print(sys.getrefcount(alias))
del container["data"]
print(sys.getrefcount(alias))
alias.append(4)
print(alias)
