#!/usr/bin/env python3
"""Split the dslabs `movielens` data frame (as written by R's write.csv) into two deterministic files.

    python3 derive-movielens.py MOVIELENS.csv OUT_FOLDER

Writes movielens-ratings.csv.gz (userId,movieId,rating,timestamp; sorted by userId then timestamp then movieId;
gzip with mtime 0 and no file name) and movielens-movies.csv (movieId,title,year,genres; sorted by movieId; RFC 4180
quoting where a field needs it; a missing title or year is an empty field). Standard library only.
"""
import csv
import gzip
import io
import sys


def number(text):
    """Shortest round-tripping form; integral values without '.0'."""
    v = float(text)
    return str(int(v)) if v == int(v) else repr(v)


def main(source, out):
    with open(source, newline="", encoding="utf-8") as f:
        rows = list(csv.DictReader(f))
    ratings, movies = [], {}
    for r in rows:
        ratings.append((int(r["userId"]), int(r["timestamp"]), int(r["movieId"]), number(r["rating"])))
        title = "" if r["title"] == "NA" else r["title"]
        year = "" if r["year"] == "NA" else str(int(r["year"]))
        movie = (title, year, r["genres"])
        if movies.setdefault(int(r["movieId"]), movie) != movie:
            raise SystemExit(f"movie {r['movieId']} has two descriptions: {movies[int(r['movieId'])]} and {movie}")
    ratings.sort()

    text = io.StringIO(newline="")
    text.write("userId,movieId,rating,timestamp\n")
    for user, stamp, movie, rating in ratings:
        text.write(f"{user},{movie},{rating},{stamp}\n")
    with open(f"{out}/movielens-ratings.csv.gz", "wb") as raw:
        with gzip.GzipFile(filename="", mode="wb", fileobj=raw, mtime=0, compresslevel=9) as gz:
            gz.write(text.getvalue().encode("utf-8"))

    with open(f"{out}/movielens-movies.csv", "w", newline="", encoding="utf-8") as f:
        w = csv.writer(f, lineterminator="\n", quoting=csv.QUOTE_MINIMAL)
        w.writerow(["movieId", "title", "year", "genres"])
        for movie_id in sorted(movies):
            w.writerow([movie_id, *movies[movie_id]])

    users = len({r[0] for r in ratings})
    missing = sum(1 for m in movies.values() if m[0] == "")
    print(f"ratings: {len(ratings)} from {users} users on {len(movies)} movies; {missing} movies without title/year")


if __name__ == "__main__":
    if len(sys.argv) != 3:
        raise SystemExit(__doc__)
    main(sys.argv[1], sys.argv[2])
