# Running child Python processes with subprocess: run() with capture_output and text, input
# piped to the child, check=True raising CalledProcessError, environment variables, Popen
# with communicate, a timeout, and a child that reads JSON from stdin and answers with JSON.
import json
import os
import subprocess
import sys

PY = sys.executable


def run_child(code, *args, **kw):
    return subprocess.run([PY, "-c", code, *args], capture_output=True, text=True, **kw)


r = run_child("import sys; print('hello from child', sys.argv[1:]); print('warn', file=sys.stderr)", "a", "b c")
print("rc:", r.returncode)
print("stdout:", repr(r.stdout))
print("stderr:", repr(r.stderr))

r = run_child("import sys; data = sys.stdin.read(); print(len(data.split()), data.upper(), end='')",
              input="three little words\n")
print("piped:", repr(r.stdout))

r = run_child("import sys; sys.exit(3)")
print("exit 3 ->", r.returncode)
try:
    run_child("raise SystemExit('fatal: no config')", check=True)
except subprocess.CalledProcessError as e:
    print("CalledProcessError:", e.returncode, repr(e.stderr), e.cmd[1])
    print("  str:", str(e).replace(PY, "PY"))

env = dict(os.environ, GREETING="bonjour", PYTHONIOENCODING="utf-8")
r = run_child("import os; print(os.environ['GREETING'], os.environ.get('MISSING', '-'))", env=env)
print("env:", r.stdout.strip())

worker_src = """
import json, sys
req = json.load(sys.stdin)
nums = req["numbers"]
json.dump({"op": req["op"], "result": sum(nums) if req["op"] == "sum" else max(nums), "n": len(nums)}, sys.stdout)
"""
for op in ("sum", "max"):
    proc = subprocess.Popen([PY, "-c", worker_src], stdin=subprocess.PIPE, stdout=subprocess.PIPE, text=True)
    out, err = proc.communicate(json.dumps({"op": op, "numbers": [4, 8, 15, 16, 23, 42]}))
    print(f"json worker {op}:", json.loads(out), proc.returncode, err)

r = run_child("import sys\nfor i in range(3):\n    print(f'line {i}')\nsys.stdout.flush()\n1/0")
print("lines:", r.stdout.splitlines(), "rc:", r.returncode)
print("last stderr line:", r.stderr.strip().splitlines()[-1])

try:
    subprocess.run([PY, "-c", "import time; time.sleep(30)"], timeout=0.5)
except subprocess.TimeoutExpired as e:
    print("TimeoutExpired after about", round(e.timeout, 1), "seconds")

out = subprocess.check_output([PY, "-c", "print(6 * 7)"])
print("check_output:", out, int(out))
r = subprocess.run([PY, "-c", "import sys; sys.stdout.buffer.write(bytes(range(250, 256)))"], stdout=subprocess.PIPE)
print("binary:", list(r.stdout))
r = subprocess.run([PY, "-c", "print('merged'); import sys; print('err', file=sys.stderr)"],
                   stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True)
print("merged:", sorted(r.stdout.split()))
try:
    subprocess.run(["/nonexistent/program-xyz"])
except FileNotFoundError as e:
    print("FileNotFoundError:", e.errno, e.filename)
print("same interpreter:", subprocess.run([PY, "-c", "import sys; print(sys.version_info[:2])"],
                                          capture_output=True, text=True).stdout.strip() == str(sys.version_info[:2]))
