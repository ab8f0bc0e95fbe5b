# Other threads run while compiled code loops.
import threading
results = []
def worker(k):
    total = 0
    for i in range(20000):
        total += i % k
    results.append((k, total))
threads = [threading.Thread(target=worker, args=(k,)) for k in (3, 5, 7)]
for t in threads:
    t.start()
for t in threads:
    t.join()
print(sorted(results))
flag = []
def setter():
    flag.append(1)
t = threading.Thread(target=setter)
t.start()
while not flag:
    pass
t.join()
print("saw flag")
