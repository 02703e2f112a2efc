#!/usr/bin/env python3
"""Synthesise the spoken-digit corpus (lessons 15, 23 and 28) with espeak-ng: data/speech-digits.tsv and
data/speech-digits.ulaw.gz.

Called by data/derive-speech.sh. Standard library only (wave, audioop, random, gzip); deterministic: the clip list comes
from random.Random(SEED), espeak-ng 1.51 renders the same samples for the same text and settings, and the gzip file is
written with mtime 0 and no file name, so a re-run gives byte-identical files.

Each clip: espeak-ng -v VOICE -s SPEED -p PITCH -w clip.wav "seven three ..." (22,050 Hz, 16-bit mono), leading and
trailing silence trimmed (first and last sample with |x| > TRIM_LEVEL, plus MARGIN_S on each side), resampled to
16,000 Hz with audioop.ratecv (linear interpolation, no anti-alias filter), then encoded as 8-bit G.711 mu-law with
audioop.lin2ulaw. All clips are concatenated into one mu-law stream; the index gives each clip's offset and length.

    python3 derive-speech.py --espeak espeak-ng --out OUTDIR
"""

import argparse
import gzip
import io
import os
import random
import subprocess
import sys
import tempfile
import wave
import warnings

with warnings.catch_warnings():
    warnings.simplefilter("ignore", DeprecationWarning)
    import audioop  # in the standard library up to Python 3.12 (deprecated, still present)

SEED = 1523
RATE = 16000
TRIM_LEVEL = 200          # of 32,768 full scale
MARGIN_S = 0.04
WORDS = ["zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine"]
SINGLE_PER_DIGIT = 2      # single-digit clips per digit per voice (lesson 15)
STRINGS_PER_VOICE = 16    # strings of 2 to 4 digits per voice (lesson 23)
SPEED_RANGE = (140, 240)  # words per minute (espeak-ng default 175)
PITCH_RANGE = (25, 75)    # 0..99 (espeak-ng default 50)

# Accents: espeak-ng language voices that accept a +variant (en-gb+VARIANT silently falls back to plain en: not used).
ACCENTS = ["en", "en-us", "en-gb-scotland", "en-029", "en-gb-x-rp", "en-us-nyc", "en-gb-x-gbclan", "en-gb-x-gbcwmd"]
# Voice variants (espeak-ng-data/voices/!v). Whispering and effect voices are left out.
VARIANTS = ["m1", "m2", "m3", "m4", "m5", "m6", "m7", "m8", "f1", "f2", "f3", "f4", "f5",
            "Alex", "Andy", "Lee", "aunty", "belinda", "benjamin", "boris", "caleb", "david", "ed", "edward",
            "gustave", "iven", "john", "linda", "max", "michel", "norbert", "paul", "quincy", "rob", "steph", "travis"]
# Held out for testing: these variants (in whichever accent they get) never appear in training.
TEST_VARIANTS = {"m3", "f4", "Andy", "belinda", "edward", "john", "quincy", "steph"}

COLUMNS = ["id", "split", "voice", "speed", "pitch", "words", "digits", "offset", "samples"]


def fail(msg):
    print(f"derive-speech.py: ERROR: {msg}", file=sys.stderr)
    sys.exit(1)


def voices():
    return [f"{ACCENTS[i % len(ACCENTS)]}+{v}" for i, v in enumerate(VARIANTS)]


def synthesise(espeak, voice, speed, pitch, text, path):
    subprocess.run([espeak, "-v", voice, "-s", str(speed), "-p", str(pitch), "-w", path, text], check=True,
                   stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
    with wave.open(path, "rb") as w:
        if w.getnchannels() != 1 or w.getsampwidth() != 2:
            fail(f"{voice}: expected 16-bit mono from espeak-ng, got {w.getnchannels()} channels, {w.getsampwidth()} bytes")
        return w.getframerate(), w.readframes(w.getnframes())


def trim(pcm, rate):
    n = len(pcm) // 2
    loud = [i for i in range(n) if abs(audioop.getsample(pcm, 2, i)) > TRIM_LEVEL]
    if not loud:
        return None
    margin = int(MARGIN_S * rate)
    start, end = max(0, loud[0] - margin), min(n, loud[-1] + 1 + margin)
    return pcm[2 * start:2 * end]


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--espeak", default="espeak-ng")
    ap.add_argument("--out", required=True)
    args = ap.parse_args()
    os.makedirs(args.out, exist_ok=True)
    rng = random.Random(SEED)
    all_voices = voices()
    if len(set(VARIANTS)) != len(VARIANTS) or not TEST_VARIANTS <= set(VARIANTS):
        fail("variant list has duplicates or a test variant that is not in it")

    clips = []  # (voice, speed, pitch, digits)
    for voice in all_voices:
        plan = [[d] for d in range(10) for _ in range(SINGLE_PER_DIGIT)]
        plan += [[rng.randrange(10) for _ in range(rng.randint(2, 4))] for _ in range(STRINGS_PER_VOICE)]
        for digits in plan:
            clips.append((voice, rng.randint(*SPEED_RANGE), rng.randint(*PITCH_RANGE), digits))

    with tempfile.TemporaryDirectory() as tmp:
        wav = os.path.join(tmp, "clip.wav")
        # Every voice must sound different: a variant that espeak-ng silently ignores would duplicate another voice.
        seen = {synthesise(args.espeak, a, 175, 50, "seven", wav)[1]: a for a in ACCENTS}
        for voice in all_voices:
            _, pcm = synthesise(args.espeak, voice, 175, 50, "seven", wav)
            if pcm in seen:
                fail(f"voice {voice} renders exactly like {seen[pcm]}: espeak-ng ignored a setting")
            seen[pcm] = voice

        stream = bytearray()
        rows = []
        state = None
        for k, (voice, speed, pitch, digits) in enumerate(clips):
            text = " ".join(WORDS[d] for d in digits)
            rate, pcm = synthesise(args.espeak, voice, speed, pitch, text, wav)
            pcm = trim(pcm, rate)
            if pcm is None:
                fail(f"clip {k} ({voice}, '{text}') is silent")
            pcm, _ = audioop.ratecv(pcm, 2, 1, rate, RATE, None)
            ulaw = audioop.lin2ulaw(pcm, 2)
            split = "test" if voice.split("+")[1] in TEST_VARIANTS else "train"
            rows.append([f"c{k:04d}", split, voice, str(speed), str(pitch), text, "".join(map(str, digits)),
                         str(len(stream)), str(len(ulaw))])
            stream += ulaw
            if (k + 1) % 200 == 0:
                print(f"  {k + 1}/{len(clips)} clips", file=sys.stderr)

    with open(os.path.join(args.out, "speech-digits.tsv"), "w", encoding="utf-8", newline="\n") as f:
        f.write("\t".join(COLUMNS) + "\n")
        for r in rows:
            f.write("\t".join(r) + "\n")
    buf = io.BytesIO()
    with gzip.GzipFile(filename="", mode="wb", fileobj=buf, mtime=0, compresslevel=9) as g:
        g.write(bytes(stream))
    with open(os.path.join(args.out, "speech-digits.ulaw.gz"), "wb") as f:
        f.write(buf.getvalue())
    train = sum(r[1] == "train" for r in rows)
    print(f"{len(rows)} clips ({train} train, {len(rows) - train} test), {len(all_voices)} voices, "
          f"{len(stream) / RATE:.0f} s of audio, {len(buf.getvalue()) / 1e6:.2f} MB gzip", file=sys.stderr)


if __name__ == "__main__":
    main()
