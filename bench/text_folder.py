#!/usr/bin/env python3
"""Writes a folder of plain-text articles from a JSON Lines dump, for benchmarks of
folders against ripgrep: the first COUNT records become COUNT/1000 sub-folders of 1,000
`.txt` files, each `title`, a blank line, then the text.

    python3 bench/text_folder.py /tmp/dossier-corpus-load.jsonl /tmp/txtbench 20000
"""
import json
import os
import sys


def main():
    src, dest, count = sys.argv[1], sys.argv[2], int(sys.argv[3])
    with open(src, encoding="utf-8") as lines:
        for n, line in enumerate(lines):
            if n >= count:
                break
            rec = json.loads(line)
            folder = os.path.join(dest, f"{n // 1000:02}")
            os.makedirs(folder, exist_ok=True)
            with open(os.path.join(folder, f"{n % 1000:03}.txt"), "w", encoding="utf-8") as f:
                f.write(f"{rec['title']}\n\n{rec['text']}\n")


if __name__ == "__main__":
    main()
