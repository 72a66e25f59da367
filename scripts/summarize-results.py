#!/usr/bin/env python3
"""Turns the evaluation JSONs of scripts/run-results.sh into the Markdown tables of docs/RESULTS.md.

For every (method, K, model) it gives, per organ, mean +- sd over all (seed, test case) pairs of Dice, HD95 and
ASSD, and the number of seeds. Distances are undefined when a structure is empty on one side: those cases are left
out of the distance columns and counted in brackets (their Dice, 0, stays in).
"""
import glob
import json
import os
import re
import statistics
import sys


def mean_sd(values, decimals):
    values = [v for v in values if v is not None]
    if not values:
        return "-"
    if len(values) == 1:
        return f"{values[0]:.{decimals}f}"
    m, s = statistics.mean(values), statistics.stdev(values)
    return f"{m:.{decimals}f} ± {s:.{decimals}f}"


def main(folder):
    runs = {}
    for path in sorted(glob.glob(os.path.join(folder, "eval", "*.json"))):
        match = re.match(r"(.+)-k(\d+)-s(\d+)\.json$", os.path.basename(path))
        if not match:
            continue
        method, k, seed = match.group(1), int(match.group(2)), int(match.group(3))
        with open(path) as f:
            runs.setdefault((method, k), []).append((seed, json.load(f)))
    if not runs:
        print("no evaluations found in", folder)
        return 1
    # Headline: each seed's mean Dice over the test cases, then mean +- sd over seeds (the seed-to-seed spread).
    print("\n### Mean Dice per seed (mean over test cases and organs)\n")
    print("| method | K | model | seed 0 | seed 1 | seed 2 | over seeds |")
    print("|---|---|---|---|---|---|---|")
    order = ["ensemble", "real", "syn", "single"]
    for (method, k), seeds in sorted(runs.items(), key=lambda item: (item[0][1], item[0][0])):
        for model in sorted(seeds[0][1]["models"].keys(), key=lambda m: order.index(m) if m in order else 9):
            by_seed = {seed: report["models"][model]["mean_dice"] for seed, report in seeds}
            cells = [f"{by_seed[s]:.3f}" if s in by_seed else "" for s in (0, 1, 2)]
            print(f"| {method} | {k} | {model} | " + " | ".join(cells) + f" | {mean_sd(list(by_seed.values()), 3)} |")
    classes = None
    for metric, key, title in (("dice", "dice", "Dice (higher is better)"),
                               ("hd95", "hd95_mm", "HD95 in mm (lower is better)"),
                               ("assd", "assd_mm", "ASSD in mm (lower is better)")):
        print(f"\n### {title}\n")
        decimals = 3 if metric == "dice" else 1
        for (method, k), seeds in sorted(runs.items()):
            report = seeds[0][1]
            classes = [c for c in report["classes"] if c != "background"]
            break
        print("| method | K | model | seeds | " + " | ".join(classes) + " | mean |")
        print("|---|---|---|---|" + "---|" * (len(classes) + 1))
        for (method, k), seeds in sorted(runs.items(), key=lambda item: (item[0][1], item[0][0])):
            models = seeds[0][1]["models"].keys()
            for model in sorted(models, key=lambda m: ["ensemble", "real", "syn", "single"].index(m)
                                if m in ["ensemble", "real", "syn", "single"] else 9):
                cells = []
                for c in classes:
                    values = [case["per_class"][c][key] for _, report in seeds
                              for case in report["models"][model]["per_case"].values()]
                    missing = sum(v is None for v in values)
                    cells.append(mean_sd(values, decimals) + (f" ({missing} undef.)" if missing and metric != "dice" else ""))
                mean_key = {"dice": "mean_dice", "hd95": "mean_hd95_mm", "assd": "mean_assd_mm"}[metric]
                cells.append(mean_sd([case.get(mean_key) for _, report in seeds
                                      for case in report["models"][model]["per_case"].values()], decimals))
                print(f"| {method} | {k} | {model} | {len(seeds)} | " + " | ".join(cells) + " |")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1] if len(sys.argv) > 1 else "out/results"))
