#!/usr/bin/env python3
"""Collects the runs of scripts/run-results.sh into docs/results/summary.json, one record per (run, model).

Usage: scripts/summarize-results.py [OUT] [--summary docs/results/summary.json]   (OUT default: docs/results/grid)
  OUT holds eval/<name>.json (crossseg evaluate), runs/<name>/config.json and timings.txt.
  <name> is <method>[-<variant>]-k<K>-s<seed>[.<postprocessing>], as run-results.sh writes it.

Each record: method, variant, K, seed, model, iterations, mean_dice, per_class_dice, mean_hd95_mm, mean_assd_mm,
postprocessing, commit, machine, train_seconds, eval_seconds, run, split, profile (the run's resolved profile_parameters:
with config, enough to repeat the run), config (method settings from config.json), per_case (case -> mean_dice,
mean_hd95_mm, mean_assd_mm, per_class_dice) for paired statistics. A run that was resumed has train_seconds null and
train_seconds_after_resume (its timing covers only the part after the resume). Records of runs not in OUT are kept, so
summaries of several machines or sessions can be merged; a record with the same (run, model, postprocessing) is
replaced. scripts/results-tables.py turns the file into RESULTS.md's tables.
"""
import glob
import json
import os
import re
import subprocess
import sys

NAME = re.compile(r"^(?P<method>target-only|assistant-only|joint|mkd-iam|mkd)(?:-(?P<variant>.+?))?"
                  r"-k(?P<k>\d+)-s(?P<seed>\d+)(?:\.(?P<post>[a-z0-9-]+))?\.json$")


def read_json(path, default=None):
    try:
        with open(path) as f:
            return json.load(f)
    except (OSError, ValueError):
        return default


def timings(folder):
    """timings.txt lines: '<name> train_s=N eval_s=M [resumed=1] [engine=COMMIT]'."""
    out = {}
    try:
        with open(os.path.join(folder, "timings.txt")) as f:
            for line in f:
                parts = line.split()
                if not parts:
                    continue
                values = dict(p.split("=", 1) for p in parts[1:] if "=" in p)
                out[parts[0]] = {k: (v if k == "engine" else float(v)) for k, v in values.items()}
    except OSError:
        pass
    return out


def current_commit():
    try:
        # The checkout this script belongs to, wherever it is called from.
        here = os.path.dirname(os.path.abspath(__file__))
        return subprocess.run(["git", "-C", here, "rev-parse", "--short", "HEAD"], capture_output=True, text=True,
                              check=True).stdout.strip() or None
    except (OSError, subprocess.CalledProcessError):
        return None


def machine_of(folder):
    """The machine the runs of `folder` trained on, as scripts/run-results.sh wrote it; else this one."""
    try:
        with open(os.path.join(folder, "machine.txt")) as f:
            return f.read().strip()
    except OSError:
        model = ""
        try:
            with open("/proc/cpuinfo") as f:
                model = next((l.split(":", 1)[1].strip() for l in f if l.startswith("model name")), "")
        except OSError:
            pass
        return f"{model or 'unknown CPU'}, {os.cpu_count()} cores (where summarized)"


def records_of(path, folder, times, fallback_commit):
    match = NAME.match(os.path.basename(path))
    if not match:
        return []
    report = read_json(path)
    if not report:
        return []
    run_name = os.path.basename(path)[:-len(".json")].split(".")[0]
    config = read_json(os.path.join(folder, "runs", run_name, "config.json"), {})
    profile = config.get("profile_parameters", {})
    post = match.group("post") or report.get("postprocessing", "none")
    if isinstance(post, dict):
        post = post.get("name", json.dumps(post, sort_keys=True))
    timing = times.get(run_name, {})
    resumed = bool(timing.get("resumed"))
    classes = [c for c in report.get("classes", []) if c != "background"]
    settings = {k: v for k, v in config.items() if k not in ("profile_parameters", "preprocessing", "selection",
                                                              "classes", "models")}
    out = []
    for model, m in report.get("models", {}).items():
        per_case = {}
        for case, c in m.get("per_case", {}).items():
            per_case[case] = {"mean_dice": c.get("mean_dice"), "mean_hd95_mm": c.get("mean_hd95_mm"),
                              "mean_assd_mm": c.get("mean_assd_mm"),
                              "per_class_dice": {k: v.get("dice") for k, v in c.get("per_class", {}).items()},
                              "per_class_hd95_mm": {k: v.get("hd95_mm") for k, v in c.get("per_class", {}).items()},
                              "per_class_assd_mm": {k: v.get("assd_mm") for k, v in c.get("per_class", {}).items()}}
        record = {
            "run": run_name,
            "method": match.group("method"),
            "variant": match.group("variant") or "",
            "K": int(match.group("k")),
            "seed": int(match.group("seed")),
            "model": model,
            "split": report.get("split", "ct_test"),
            "iterations": profile.get("iterations"),
            "mean_dice": m.get("mean_dice"),
            "per_class_dice": {c: m.get("per_class", {}).get(c, {}).get("dice") for c in classes},
            "mean_hd95_mm": m.get("mean_hd95_mm"),
            "mean_assd_mm": m.get("mean_assd_mm"),
            "postprocessing": post,
            # The build that trained the run: config.json's engine_commit (written by the binary itself), else the
            # one run-results.sh was told (timings.txt engine=, for binaries older than engine_commit), else the
            # checkout's HEAD now, marked as such.
            "commit": config.get("engine_commit") or timing.get("engine") or f"{fallback_commit or 'unknown'} (checkout when summarized)",
            "machine": machine_of(folder),
            # A resumed run's timing covers only its last part: no train_seconds, the part kept apart below.
            "train_seconds": None if resumed else timing.get("train_s"),
            "eval_seconds": timing.get("eval_s"),
            "profile": profile,
            "config": settings,
            "per_case": per_case,
        }
        if resumed:
            record["train_seconds_after_resume"] = timing.get("train_s")
        out.append(record)
    return out


def main(argv):
    args = [a for a in argv if not a.startswith("--summary")]
    summary_path = "docs/results/summary.json"
    for i, a in enumerate(argv):
        if a == "--summary" and i + 1 < len(argv):
            summary_path = argv[i + 1]
            args.remove(argv[i + 1])
        elif a.startswith("--summary="):
            summary_path = a.split("=", 1)[1]
    folder = args[0] if args else "docs/results/grid"
    times = timings(folder)
    commit = current_commit()
    fresh = []
    for path in sorted(glob.glob(os.path.join(folder, "eval", "*.json"))):
        fresh.extend(records_of(path, folder, times, commit))
    if not fresh:
        print("no evaluations found in", folder, file=sys.stderr)
        return 1
    existing = read_json(summary_path, {"runs": []}).get("runs", [])
    key = lambda r: (r["run"], r["model"], r["postprocessing"])
    merged = {key(r): r for r in existing}
    merged.update({key(r): r for r in fresh})
    runs = sorted(merged.values(), key=lambda r: (r["K"], r["method"], r["variant"], r["seed"], r["model"],
                                                   r["postprocessing"]))
    os.makedirs(os.path.dirname(summary_path) or ".", exist_ok=True)
    temporary = summary_path + ".tmp"
    with open(temporary, "w") as f:
        json.dump({"format_version": 1, "runs": runs}, f, indent=1, sort_keys=True)
        f.write("\n")
    os.replace(temporary, summary_path)
    print(f"{summary_path}: {len(runs)} records ({len(fresh)} from {folder})")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
