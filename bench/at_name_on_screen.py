#!/usr/bin/env python3
"""Time from typing "/@scherbak" into the real reader on 100k articles until the list's count
changes, read off the screen through tmux (capture-pane polled every 10 ms).

Usage: bench/at_name_on_screen.py BINARY [SECONDS_TO_WAIT_AFTER_OPENING]
The corpus is /tmp/dossier-corpus-load.jsonl (written by `cargo run --release --example
corpus_load` on first use); 20,000 of its articles name Alexander Scherbak. Needs tmux.
"""
import subprocess, time, sys, re
binary = sys.argv[1]
def cap(): return subprocess.run(["tmux","capture-pane","-p","-t","m"],capture_output=True,text=True).stdout
subprocess.run(["tmux","kill-server"],capture_output=True)
subprocess.run(["tmux","new-session","-d","-s","m","-x","120","-y","40",f"{binary} /tmp/dossier-corpus-load.jsonl"])
while "Articles 100000/100000" not in cap(): time.sleep(0.02)
time.sleep(float(sys.argv[2]) if len(sys.argv)>2 else 0)
subprocess.run(["tmux","send-keys","-t","m","/@scherbak"])
t=time.perf_counter()
while True:
    m=re.search(r"Articles (\d+)/100000", cap())
    if m and m.group(1)!="100000": break
    time.sleep(0.01)
first=time.perf_counter()-t
n=m.group(1)
# wait until stable for 3 s
last=n; stable=time.perf_counter()
while time.perf_counter()-stable<3:
    m=re.search(r"Articles (\d+)/100000", cap())
    if m and m.group(1)!=last: last=m.group(1); stable=time.perf_counter(); final=time.perf_counter()-t
    time.sleep(0.02)
print(f"{binary}: first count {n} after {first:.2f} s; final {last}")
subprocess.run(["tmux","kill-server"],capture_output=True)
