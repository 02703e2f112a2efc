#!/usr/bin/env python3
"""Convert vega-datasets 3.2.1's flights-200k.json into data/flights_200k.csv.gz (lesson 04).

Called by data/derive-flights.sh after it has unpacked the pinned npm package. Standard library only; deterministic
(source row order kept, numbers in shortest round-trip form, "\\n" line endings, gzip with mtime 0 and no file name).

    python3 derive-flights.py --json DIR/flights-200k.json --out OUTDIR
"""

import argparse
import gzip
import io
import json
import os
import sys

FILE = "flights_200k.csv.gz"
EXPECTED_ROWS = 200000


def fail(msg):
    print(f"derive-flights.py: ERROR: {msg}", file=sys.stderr)
    sys.exit(1)


def num(v, name, i):
    if isinstance(v, bool) or not isinstance(v, (int, float)):
        fail(f"row {i}: {name} is {v!r}, not a number")
    if isinstance(v, float) and v.is_integer():
        return str(int(v))
    return repr(v)


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--json", required=True)
    ap.add_argument("--out", required=True)
    args = ap.parse_args()
    with open(args.json, encoding="utf-8") as f:
        rows = json.load(f)
    if len(rows) != EXPECTED_ROWS:
        fail(f"expected {EXPECTED_ROWS} rows, got {len(rows)}")
    text = io.StringIO(newline="")
    text.write("delay,distance,time\n")
    for i, r in enumerate(rows):
        if set(r) != {"delay", "distance", "time"}:
            fail(f"row {i} has fields {sorted(r)}, expected delay, distance, time")
        text.write(f"{num(r['delay'], 'delay', i)},{num(r['distance'], 'distance', i)},{num(r['time'], 'time', i)}\n")
    raw = text.getvalue().encode("utf-8")
    os.makedirs(args.out, exist_ok=True)
    with open(os.path.join(args.out, FILE), "wb") as f:
        with gzip.GzipFile(filename="", mode="wb", fileobj=f, mtime=0, compresslevel=9) as gz:
            gz.write(raw)
    delays = [r["delay"] for r in rows]
    print(f"{FILE}: {len(rows)} rows, {len(raw)} bytes uncompressed; delay {min(delays)}..{max(delays)} min, "
          f"{sum(d > 15 for d in delays)} rows delayed more than 15 min")


if __name__ == "__main__":
    main()
