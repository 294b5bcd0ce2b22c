# An exception inside a lambda shows the <lambda> frame.
get_name = lambda record: record["name"]
print(get_name({"name": "ann"}))
print(sorted([{"name": "b"}, {}], key=get_name))
