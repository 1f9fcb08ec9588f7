#!/usr/bin/env python3
"""The entity view (`E`) on 100k articles, read off the screen through tmux (capture-pane
polled every 10 ms): the time from `E` until the counts are drawn, and, while it counts, the
time for a typed letter to show in the view's narrowing line (input must not wait).

Usage: bench/entity_view_on_screen.py BINARY [RUNS]
The corpus is /tmp/dossier-corpus-load.jsonl. Needs tmux; uses (and ends) only its own session.
"""
import statistics, subprocess, sys, time

binary = sys.argv[1]
runs = int(sys.argv[2]) if len(sys.argv) > 2 else 3
S = "readerui-bench-entity-view"


def cap():
    return subprocess.run(["tmux", "capture-pane", "-p", "-t", S], capture_output=True, text=True).stdout


def wait(pred, limit=120):
    t = time.perf_counter()
    while not pred(cap()):
        if time.perf_counter() - t > limit:
            raise SystemExit("timed out:\n" + cap())
        time.sleep(0.01)
    return time.perf_counter() - t


counted, echoed = [], []
for _ in range(runs):
    subprocess.run(["tmux", "kill-session", "-t", S], capture_output=True)
    subprocess.run(["tmux", "new-session", "-d", "-s", S, "-x", "120", "-y", "40",
                    f"{binary} /tmp/dossier-corpus-load.jsonl"])
    wait(lambda s: "Articles 100000/100000" in s)
    # Let the names found in the collection arrive first (the status bar says so).
    wait(lambda s: "highlighted too" in s)
    subprocess.run(["tmux", "send-keys", "-t", S, "E"])
    t = time.perf_counter()
    wait(lambda s: "counting the entities" in s)
    subprocess.run(["tmux", "send-keys", "-t", S, "s"])
    echoed.append(wait(lambda s: "› s" in s))
    wait(lambda s: "mentions" in s)
    counted.append(time.perf_counter() - t)
    subprocess.run(["tmux", "kill-session", "-t", S], capture_output=True)

print(f"E to counts on screen: median {statistics.median(counted):.2f} s "
      f"(min {min(counted):.2f}, max {max(counted):.2f}, {runs} runs)")
print(f"a letter typed while counting, on screen: median {statistics.median(echoed) * 1000:.0f} ms "
      f"(max {max(echoed) * 1000:.0f} ms)")
