#!/usr/bin/env python3
"""Cut Muybridge's 24 photographs of a house cat (1887) into one small grey frame sheet, data/images/muybridge-cat.png.

Called by data/derive-muybridge.sh with the package's JPEG already decoded to a binary grey PGM by djpeg. Standard
library only; deterministic (fixed crop boxes, 2x2 box averaging with round-half-up, PNG written with zlib level 9 and
no time stamp), so a re-run gives a byte-identical file.

The collotype is a 6 x 4 grid of photographs on a dark mount, read left to right, top to bottom (frame numbers are
printed in each photo's lower-left corner). The row bands were found from the dark separators of the 1024 x 510 scan;
the columns are equal sixths of the mount's inner width. Each frame is a 156 x 104 crop centred in its cell, halved to
78 x 52, and the sheet keeps the 6 x 4 layout (468 x 208 pixels).

    python3 derive-muybridge.py --pgm image.pgm --out OUTDIR
"""

import argparse
import os
import struct
import sys
import zlib

FILE = "muybridge-cat.png"
SCAN_W, SCAN_H = 1024, 510
ROW_BANDS = [(10, 122), (135, 246), (259, 374), (390, 500)]  # first and last light row of each band, inclusive
INNER_LEFT, INNER_RIGHT = 8, 1014                              # the mount's inner edges
COLS = 6
CROP_W, CROP_H = 156, 104


def fail(msg):
    print(f"derive-muybridge.py: ERROR: {msg}", file=sys.stderr)
    sys.exit(1)


def read_pgm(path):
    with open(path, "rb") as f:
        data = f.read()
    head = data.split(b"\n", 3)
    if len(head) < 4 or head[0] != b"P5" or head[2] != b"255":
        fail(f"{path} is not an 8-bit binary PGM (expected djpeg -grayscale -pnm output)")
    w, h = map(int, head[1].split())
    pixels = head[3]
    if (w, h) != (SCAN_W, SCAN_H) or len(pixels) != w * h:
        fail(f"{path} is {w}x{h} with {len(pixels)} bytes, expected the {SCAN_W}x{SCAN_H} scan")
    return w, pixels


def write_png(path, w, h, rows):
    def chunk(tag, body):
        return struct.pack(">I", len(body)) + tag + body + struct.pack(">I", zlib.crc32(tag + body) & 0xFFFFFFFF)
    raw = b"".join(b"\x00" + bytes(r) for r in rows)  # filter type 0 on every row: simple and deterministic
    with open(path, "wb") as f:
        f.write(b"\x89PNG\r\n\x1a\n")
        f.write(chunk(b"IHDR", struct.pack(">IIBBBBB", w, h, 8, 0, 0, 0, 0)))  # 8-bit greyscale
        f.write(chunk(b"IDAT", zlib.compress(raw, 9)))
        f.write(chunk(b"IEND", b""))


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--pgm", required=True)
    ap.add_argument("--out", required=True)
    args = ap.parse_args()
    w, px = read_pgm(args.pgm)

    fw, fh = CROP_W // 2, CROP_H // 2
    sheet = [[0] * (fw * COLS) for _ in range(fh * len(ROW_BANDS))]
    cell_w = (INNER_RIGHT - INNER_LEFT) / COLS
    for r, (top, bottom) in enumerate(ROW_BANDS):
        y0 = (top + bottom + 1) // 2 - CROP_H // 2
        for c in range(COLS):
            x0 = round(INNER_LEFT + cell_w * (c + 0.5)) - CROP_W // 2
            for y in range(fh):
                for x in range(fw):
                    sx, sy = x0 + 2 * x, y0 + 2 * y
                    s = px[sy * w + sx] + px[sy * w + sx + 1] + px[(sy + 1) * w + sx] + px[(sy + 1) * w + sx + 1]
                    sheet[r * fh + y][c * fw + x] = (s + 2) // 4
    os.makedirs(args.out, exist_ok=True)
    write_png(os.path.join(args.out, FILE), fw * COLS, fh * len(ROW_BANDS), sheet)


if __name__ == "__main__":
    main()
