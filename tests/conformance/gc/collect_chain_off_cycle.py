# Everything reachable only from a cycle is collected with it, however long the chain.
import gc

gc.collect()
head = []
node = head
for i in range(1000):
    nxt = []
    node.append(nxt)
    node = nxt
node.append(head)
del head, node, nxt
print("ring of 1001 lists:", gc.collect())
root = {"self": None}
root["self"] = root
root["chain"] = [[[[[]]]]]
del root
print("dict with nested lists:", gc.collect())
