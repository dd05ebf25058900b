#!/usr/bin/env python3
"""Fails if any source turns TLS verification off. Orion never offers a TLS bypass (STYLE.md 4.5)."""
import glob
import os
import re
import sys

PATTERN = re.compile(r"ignoreSslErrors|VerifyNone|SSL_VERIFY_NONE|setPeerVerifyMode")


def main():
    root = sys.argv[1] if len(sys.argv) > 1 else os.getcwd()
    hits = []
    for top in ("core", "ui", "app"):
        for path in glob.glob(os.path.join(root, top, "**", "*.*"), recursive=True):
            if path.endswith((".h", ".cpp")):
                with open(path, encoding="utf-8", errors="replace") as f:
                    for n, line in enumerate(f, 1):
                        if PATTERN.search(line):
                            hits.append(f"{os.path.relpath(path, root)}:{n}: {line.strip()}")
    for h in hits:
        print(h)
    print(f"tls bypass: {len(hits)} occurrence(s)")
    return 1 if hits else 0


if __name__ == "__main__":
    sys.exit(main())
