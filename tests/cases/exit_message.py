# SystemExit with a message goes to stderr and exits 1.
print("before")
raise SystemExit("fatal: message")
