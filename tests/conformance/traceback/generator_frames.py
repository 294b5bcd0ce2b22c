# An exception inside a generator shows the generator's frame.
def parse_all(lines):
    for line in lines:
        yield int(line)


numbers = parse_all(["1", "2", "three"])
for n in numbers:
    print("parsed", n)
