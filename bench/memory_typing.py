#!/usr/bin/env python3
"""The reader's memory while many queries are typed: the real binary in a detached tmux
session, loaded until the word index is built, then each query typed one key at a time
(0.25 s apart, a slow typist, so every prefix runs), left 0.6 s, and cleared with Ctrl-U.
Prints the resident memory and its peak (VmRSS/VmHWM from /proc, MiB) after loading and after
each query: whether memory stays bounded however many queries are typed.

Usage: bench/memory_typing.py BINARY CORPUS [QUERIES]
  QUERIES  comma-separated (default: twenty broad and narrow ones, one-letter ones included)
Needs tmux. The corpus must be big enough that loading takes visible time; the script waits
for "N articles" in the status bar without "indexing".
"""
import subprocess, sys, time

DEFAULT = ("g,geneva,a,talks,kerry lavrov,e,xq,o,moscow,t,s,syria aid,'truce,!a,n,the,r,ab,"
           "putin,i")
SESSION = "dossier-memtyping"


def tmux(*args):
    return subprocess.run(["tmux", *args], capture_output=True, text=True).stdout


def main():
    if len(sys.argv) < 3:
        sys.exit(__doc__)
    binary, corpus = sys.argv[1], sys.argv[2]
    queries = (sys.argv[3] if len(sys.argv) > 3 else DEFAULT).split(",")
    tmux("kill-session", "-t", SESSION)
    tmux("new-session", "-d", "-s", SESSION, "-x", "120", "-y", "40",
         "-P", "-F", "#{pane_pid}", f"exec {binary} {corpus}")
    time.sleep(0.3)
    pid = tmux("list-panes", "-t", SESSION, "-F", "#{pane_pid}").split()[0]

    def memory():
        status = open(f"/proc/{pid}/status").read().splitlines()
        mib = lambda k: int(next(l for l in status if l.startswith(k)).split()[1]) // 1024
        return f"{mib('VmRSS')}/{mib('VmHWM')}"

    for _ in range(600):
        time.sleep(0.1)
        screen = tmux("capture-pane", "-p", "-t", SESSION)
        if " articles" in screen and "indexing" not in screen and "loading" not in screen:
            break
    out = [f"loaded {memory()}"]
    tmux("send-keys", "-t", SESSION, "/")
    time.sleep(0.3)
    try:
        for q in queries:
            for ch in q:
                tmux("send-keys", "-t", SESSION, "-l", ch)
                time.sleep(0.25)
            time.sleep(0.6)
            out.append(f"{q}: {memory()}")
            tmux("send-keys", "-t", SESSION, "C-u")
            time.sleep(0.6)
    finally:
        tmux("kill-session", "-t", SESSION)
    print("RSS/peak MiB: " + ", ".join(out))


if __name__ == "__main__":
    main()
