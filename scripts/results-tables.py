#!/usr/bin/env python3
"""Writes the tables of docs/RESULTS.md from docs/results/summary.json (scripts/summarize-results.py).

Usage: scripts/results-tables.py [summary.json] [--postprocessing none|largest-component|all] [--resamples N]

Tables (Markdown, on stdout):
  1. mean Dice per seed and over seeds (mean +- sd of the per-seed means), per (method, variant, K, model);
  2. Dice, HD95 and ASSD per organ: mean +- sd over all (seed, test case) pairs; undefined distances (an organ
     empty on one side) are left out and counted;
  3. paired comparisons per K: the mean difference in per-case mean Dice of the mkd-iam ensemble over
     target-only, joint and mkd (and of every other (method, variant, model) over target-only), over the
     (seed, test case) pairs both have, with a 95 % percentile bootstrap interval (resampling pairs; fixed
     generator seed, so the table is reproducible).
"""
import json
import random
import statistics
import sys

ORDER = {"ensemble": 0, "real": 1, "syn": 2, "single": 3}


def fmt(values, decimals):
    values = [v for v in values if v is not None]
    if not values:
        return "-"
    if len(values) == 1:
        return f"{values[0]:.{decimals}f}"
    return f"{statistics.mean(values):.{decimals}f} ± {statistics.stdev(values):.{decimals}f}"


def label(method, variant):
    return method + (f" ({variant})" if variant else "")


def groups(runs):
    out = {}
    for r in runs:
        out.setdefault((r["K"], r["method"], r["variant"], r["model"], r["postprocessing"]), []).append(r)
    return dict(sorted(out.items(), key=lambda kv: (kv[0][0], kv[0][1], kv[0][2], ORDER.get(kv[0][3], 9), kv[0][4])))


def per_seed_table(runs):
    seeds = sorted({r["seed"] for r in runs})
    print("\n### Mean Dice per seed (mean over test cases and organs)\n")
    print("| method | K | model | post | " + " | ".join(f"seed {s}" for s in seeds) + " | over seeds | iterations |")
    print("|---|---|---|---|" + "---|" * (len(seeds) + 2))
    for (k, method, variant, model, post), rs in groups(runs).items():
        by_seed = {r["seed"]: r["mean_dice"] for r in rs}
        cells = [f"{by_seed[s]:.3f}" if by_seed.get(s) is not None else "" for s in seeds]
        iterations = sorted({str(r["iterations"]) for r in rs})
        print(f"| {label(method, variant)} | {k} | {model} | {post} | " + " | ".join(cells) +
              f" | {fmt(list(by_seed.values()), 3)} | {', '.join(iterations)} |")


def organ_tables(runs):
    classes = []
    for r in runs:
        for c in r["per_class_dice"]:
            if c not in classes:
                classes.append(c)
    for key, title, decimals in (("per_class_dice", "Dice (higher is better)", 3),
                                 ("per_class_hd95_mm", "HD95 in mm (lower is better)", 1),
                                 ("per_class_assd_mm", "ASSD in mm (lower is better)", 1)):
        mean_key = {"per_class_dice": "mean_dice", "per_class_hd95_mm": "mean_hd95_mm",
                    "per_class_assd_mm": "mean_assd_mm"}[key]
        print(f"\n### {title}, mean ± sd over (seed, test case) pairs\n")
        print("| method | K | model | post | seeds | " + " | ".join(classes) + " | mean |")
        print("|---|---|---|---|---|" + "---|" * (len(classes) + 1))
        for (k, method, variant, model, post), rs in groups(runs).items():
            cells = []
            for c in classes:
                values = [case.get(key, {}).get(c) for r in rs for case in r["per_case"].values()]
                missing = sum(v is None for v in values)
                cells.append(fmt(values, decimals) + (f" ({missing} undef.)" if missing and key != "per_class_dice" else ""))
            cells.append(fmt([case.get(mean_key) for r in rs for case in r["per_case"].values()], decimals))
            print(f"| {label(method, variant)} | {k} | {model} | {post} | {len(rs)} | " + " | ".join(cells) + " |")


def paired_differences(a_runs, b_runs):
    """Per-case mean Dice of a minus b over the (seed, case) pairs both have."""
    b_by = {(r["seed"], case): c.get("mean_dice") for r in b_runs for case, c in r["per_case"].items()}
    pairs = []
    for r in a_runs:
        for case, c in r["per_case"].items():
            other = b_by.get((r["seed"], case))
            if c.get("mean_dice") is not None and other is not None:
                pairs.append((r["seed"], c["mean_dice"] - other))
    return pairs


def bootstrap(diffs, resamples, rng):
    n = len(diffs)
    means = sorted(sum(diffs[rng.randrange(n)] for _ in range(n)) / n for _ in range(resamples))
    return means[int(0.025 * (resamples - 1))], means[int(0.975 * (resamples - 1))]


def comparison_table(runs, resamples):
    g = groups(runs)
    print("\n### Paired differences in mean Dice (points), 95 % bootstrap interval over (seed, test case) pairs\n")
    print("| K | post | model | minus | pairs (seeds) | mean difference | 95 % interval |")
    print("|---|---|---|---|---|---|---|")
    rng = random.Random(0)
    for (k, method, variant, model, post), rs in g.items():
        baselines = []
        for base in (("target-only", "", "single"), ("joint", "", "single"), ("mkd", "", "ensemble")):
            if (method, variant, model) == base:
                continue
            # mkd-iam's ensemble against all three; everything else against target-only.
            if base[0] != "target-only" and not (method == "mkd-iam" and model == "ensemble"):
                continue
            other = g.get((k, base[0], base[1], base[2], post))
            if other:
                baselines.append((base, other))
        for (bm, bv, bmodel), other in baselines:
            pairs = paired_differences(rs, other)
            if not pairs:
                continue
            diffs = [d for _, d in pairs]
            low, high = bootstrap(diffs, resamples, rng)
            seeds = len({s for s, _ in pairs})
            print(f"| {k} | {post} | {label(method, variant)} {model} | {label(bm, bv)} {bmodel} | {len(pairs)} ({seeds}) | "
                  f"{100 * statistics.mean(diffs):+.1f} | [{100 * low:+.1f}, {100 * high:+.1f}] |")


def main(argv):
    path, post, resamples = "docs/results/summary.json", "all", 10000
    rest = list(argv)
    while rest:
        a = rest.pop(0)
        if a == "--postprocessing":
            post = rest.pop(0)
        elif a == "--resamples":
            resamples = int(rest.pop(0))
        else:
            path = a
    with open(path) as f:
        runs = json.load(f)["runs"]
    if post != "all":
        runs = [r for r in runs if r["postprocessing"] == post]
    if not runs:
        print("no runs in", path, file=sys.stderr)
        return 1
    commits = sorted({str(r.get("commit")) for r in runs})
    print(f"<!-- generated by scripts/results-tables.py from {path}; commits: {', '.join(commits)} -->")
    per_seed_table(runs)
    organ_tables(runs)
    comparison_table(runs, resamples)
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
