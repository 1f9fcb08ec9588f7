#!/usr/bin/env python3
"""What the user sees: keys typed one at a time into the real reader in a pseudo-terminal, and
the time from each key until the screen shows that query's final count ("Articles N/T" without
the "…" of a partial result). The screen is the reader's output run through a terminal
emulator (pyte), read as each chunk of output arrives: no polling interval stands between the
draw and the measurement.

Usage: bench/on_screen.py BINARY CORPUS KEYS [--runs N] [--wait-index] [--gap SECONDS]
  KEYS      what to type after '/', e.g. minister or @scherbak; each key is timed
  --runs    type the whole word this many times (Ctrl-U clears the line between runs)
  --wait-index  wait until the word index is ready ("indexing words N%" leaves the status bar)
  --gap     pause after each key's final count (default 0.15 s, a fast typist)

The final count of each prefix is what `BINARY list -q PREFIX CORPUS` prints, counted first.
Prints each key's time, the median and the maximum, and the reader's peak memory (VmHWM).
Needs `pip install pyte`.
"""
import argparse, os, pty, re, select, signal, statistics, struct, subprocess, sys, termios
import threading, time, fcntl

import pyte

COLS, ROWS = 120, 40
COUNT = re.compile(r"Articles (\d+)/(\d+)(…?)")


def expected_counts(binary, corpus, prefixes):
    out = {}
    for p in prefixes:
        r = subprocess.run([binary, "list", "-q", p, corpus], capture_output=True, text=True)
        out[p] = r.stdout.count("\n")
    return out


class Screen:
    """The reader's screen. A thread only reads the pty and stamps each chunk with the time it
    arrived; the emulator (slow, in Python) replays the chunks on the caller's thread, so its
    cost never delays a time stamp."""

    def __init__(self, fd):
        self.fd = fd
        self.screen = pyte.Screen(COLS, ROWS)
        self.stream = pyte.ByteStream(self.screen)
        self.cond = threading.Condition()
        self.chunks = []
        self.fed = 0
        self.closed = False
        threading.Thread(target=self.read, daemon=True).start()

    def read(self):
        while True:
            try:
                data = os.read(self.fd, 1 << 16)
            except OSError:
                data = b""
            now = time.perf_counter()
            with self.cond:
                if not data:
                    self.closed = True
                else:
                    self.chunks.append((now, data))
                self.cond.notify_all()
            if not data:
                return

    def wait_for(self, test, timeout=600):
        """The arrival time of the output after which `test(lines)` first holds."""
        end = time.perf_counter() + timeout
        while True:
            with self.cond:
                while self.fed == len(self.chunks):
                    left = end - time.perf_counter()
                    if left <= 0 or self.closed:
                        raise TimeoutError("\n".join(self.screen.display))
                    self.cond.wait(left)
                at, data = self.chunks[self.fed]
                self.fed += 1
            self.stream.feed(data)
            if test(self.screen.display):
                return at


def count_is(n, total):
    def test(lines):
        m = COUNT.search(lines[0])
        return m is not None and int(m.group(1)) == n and m.group(3) == "" and int(m.group(2)) == total
    return test


def peak_kib(pid):
    with open(f"/proc/{pid}/status") as f:
        for line in f:
            if line.startswith("VmHWM:"):
                return int(line.split()[1])
    return 0


def main():
    # The reading thread must get the interpreter soon after output arrives.
    sys.setswitchinterval(0.0002)
    ap = argparse.ArgumentParser()
    ap.add_argument("binary")
    ap.add_argument("corpus")
    ap.add_argument("keys")
    ap.add_argument("--runs", type=int, default=1)
    ap.add_argument("--wait-index", action="store_true")
    ap.add_argument("--gap", type=float, default=0.15)
    a = ap.parse_args()
    prefixes = [a.keys[: i + 1] for i in range(len(a.keys))]
    want = expected_counts(a.binary, a.corpus, prefixes)
    total = expected_counts(a.binary, a.corpus, [""])[""]

    pid, fd = pty.fork()
    if pid == 0:
        os.environ["TERM"] = "xterm-256color"
        os.execv(a.binary, [a.binary, a.corpus])
    fcntl.ioctl(fd, termios.TIOCSWINSZ, struct.pack("HHHH", ROWS, COLS, 0, 0))
    screen = Screen(fd)
    started = time.perf_counter()
    try:
        opened = screen.wait_for(count_is(total, total)) - started
        print(f"{a.binary}: {total} articles on screen after {opened:.2f} s")
        if a.wait_index:
            screen.wait_for(lambda l: "indexing words" in l[-1], timeout=30)
            screen.wait_for(lambda l: "indexing words" not in l[-1])
            print(f"  word index ready after {time.perf_counter() - started:.2f} s")
        os.write(fd, b"/")
        screen.wait_for(lambda l: "Enter keep" in l[-1])
        times = []
        for run in range(a.runs):
            previous = total
            for p in prefixes:
                key = p[-1].encode()
                sent = time.perf_counter()
                os.write(fd, key)
                # A count that does not change still has to be drawn after the key: wait for the
                # query in the filter bar too.
                shown = screen.wait_for(
                    lambda l, p=p: count_is(want[p], total)(l) and l[-2].rstrip() == "/" + p
                )
                ms = (shown - sent) * 1e3
                times.append(ms)
                same = " (count unchanged)" if want[p] == previous else ""
                print(f"  run {run + 1} {p!r}: {want[p]} on screen after {ms:.1f} ms{same}")
                previous = want[p]
                time.sleep(a.gap)
            os.write(fd, b"\x15")  # Ctrl-U clears the filter line
            screen.wait_for(count_is(total, total))
            time.sleep(a.gap)
        print(
            f"  per key: median {statistics.median(times):.1f} ms, max {max(times):.1f} ms, "
            f"{len(times)} keys; peak memory {peak_kib(pid) / 1024:.0f} MiB "
            f"(input {os.path.getsize(a.corpus) / 2**20:.0f} MiB)"
        )
    finally:
        os.kill(pid, signal.SIGTERM)
        os.waitpid(pid, 0)


if __name__ == "__main__":
    sys.exit(main())
