#!/usr/bin/env python3
"""Time from starting dossier in a pseudo-terminal to its first frame (DESIGN 5: 50 ms on the
bundled corpus): spawn, read the pty until the list's title bar shows, record, quit. Prints the
median and the spread over RUNS runs.

Usage: bench/first_frame.py [BINARY] [RUNS] [ARGS...]   (default target/release/dossier 20)
"""
import fcntl, os, pty, select, statistics, struct, sys, termios, time

binary = sys.argv[1] if len(sys.argv) > 1 else "target/release/dossier"
runs = int(sys.argv[2]) if len(sys.argv) > 2 else 20
args = sys.argv[3:]

def once():
    start = time.perf_counter()
    pid, fd = pty.fork()
    if pid == 0:
        os.environ["TERM"] = "xterm-256color"
        os.execv(binary, [binary, *args])
    # 120x40, like the README's first look.
    fcntl.ioctl(fd, termios.TIOCSWINSZ, struct.pack("HHHH", 40, 120, 0, 0))
    seen = b""
    elapsed = None
    while elapsed is None:
        ready, _, _ = select.select([fd], [], [], 10)
        if not ready:
            raise SystemExit("no first frame within 10 s")
        seen += os.read(fd, 65536)
        if b"Articles" in seen:
            elapsed = time.perf_counter() - start
    os.write(fd, b"q")
    try:
        while os.read(fd, 65536):
            pass
    except OSError:
        pass
    os.waitpid(pid, 0)
    return elapsed * 1000

times = sorted(once() for _ in range(runs))
print(f"first frame: median {statistics.median(times):.1f} ms, "
      f"min {times[0]:.1f}, max {times[-1]:.1f} over {runs} runs ({binary} {' '.join(args)})")
