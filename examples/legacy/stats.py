"""stats: summary statistics of every numeric column of the CSV files under /in (count,
mean, median, population standard deviation, min, max), as JSON in /out/result.json. A
Python program with its interpreter and the standard modules it imports: the kind of legacy
program decloud runs as an OCI container (examples/legacy). Deterministic given its inputs
(files read in name order, every float rounded to 6 places)."""

import csv
import json
import os
import statistics
import sys


def main():
    src = os.environ.get("DECLOUD_IN", "/in")
    dst = os.environ.get("DECLOUD_OUT", "/out")
    columns = {}
    for name in sorted(os.listdir(src)):
        if not name.endswith(".csv"):
            continue
        with open(os.path.join(src, name), newline="") as f:
            for row in csv.DictReader(f):
                for key, value in row.items():
                    try:
                        x = float(value)
                    except (TypeError, ValueError):
                        continue
                    columns.setdefault(key, []).append(x)
    if not columns:
        print("stats: no numeric column in /in/*.csv", file=sys.stderr)
        sys.exit(65)
    result = {}
    for key in sorted(columns):
        xs = columns[key]
        result[key] = {
            "count": len(xs),
            "mean": round(statistics.fmean(xs), 6),
            "median": round(statistics.median(xs), 6),
            "stdev": round(statistics.pstdev(xs), 6),
            "min": min(xs),
            "max": max(xs),
        }
    with open(os.path.join(dst, "result.json"), "w") as f:
        json.dump(result, f, indent=1, sort_keys=True)
        f.write("\n")


main()
