#!/usr/bin/env python3
"""The table of scripts/gpu-check.sh: every bench-*.json and predict-*.json of a work folder.

usage: table.py WORK [--json RESULTS]   prints the table; RESULTS gets every JSON merged (name -> content).
Bench names are <profile>-<device>[-<variant>]; each variant row also shows its speed-up over the profile's
baseline on that device, and the GPU baseline its speed-up over the CPU cores (same profile).
"""
import glob
import json
import os
import sys

MEASUREMENTS = ("unet_step", "mkd_iam_iteration", "iam_step")
PROFILES = ("cpu-quick", "paper", "demo", "smoke")


def load(work):
    results = {}
    for path in sorted(glob.glob(os.path.join(work, "bench-*.json")) + glob.glob(os.path.join(work, "predict-*.json"))):
        try:
            with open(path) as f:
                results[os.path.basename(path)[:-5]] = json.load(f)
        except (OSError, ValueError):
            pass
    return results


def fmt(value, digits=1):
    return "-" if value is None else f"{value:.{digits}f}"


def split(label):
    """cpu-quick-cuda-bf16 -> (cpu-quick, cuda, bf16)"""
    profile = next((p for p in PROFILES if label.startswith(p + "-")), label.split("-")[0])
    rest = label[len(profile) + 1:]
    device = rest.split("-")[0]
    return profile, device, rest[len(device) + 1:]


def step_ms(results, label, key):
    return results.get("bench-" + label, {}).get(key, {}).get("median_step_ms")


def bench_rows(results):
    rows = []
    for name, b in results.items():
        if not name.startswith("bench-"):
            continue
        label = name[len("bench-"):]
        for key in MEASUREMENTS:
            m = b.get(key)
            if not m:
                continue
            ms = m.get("median_step_ms")
            profile, device, variant = split(label)
            ref = None
            if variant and not variant.startswith("cpu"):  # a variant: against its baseline
                ref = step_ms(results, f"{profile}-{device}", key)
            elif not variant and device != "cpu":  # the GPU baseline: against the CPU cores
                ref = step_ms(results, f"{profile}-cpu", key) or step_ms(results, f"{profile}-cpu-unet", key)
            speedup = ref / ms if ref and ms else None
            rows.append((label, key, ms, m.get("images_per_second"), m.get("achieved_gflops"), speedup))
    return rows


def main():
    work = sys.argv[1]
    results = load(work)
    if "--json" in sys.argv:
        target = sys.argv[sys.argv.index("--json") + 1]
        with open(target + ".part", "w") as f:
            json.dump(results, f, indent=1)
        os.replace(target + ".part", target)
    print(f"{'bench':<28} {'measurement':<18} {'median ms':>10} {'images/s':>10} {'GFLOP/s':>9} {'speed-up':>9}")
    for label, key, ms, ips, gf, up in bench_rows(results):
        print(f"{label:<28} {key:<18} {fmt(ms, 2):>10} {fmt(ips):>10} {fmt(gf):>9} {fmt(up, 2) + 'x' if up else '-':>9}")
    for name, p in results.items():
        if name.startswith("predict-"):
            rounds = p.get("rounds") or [{}]
            last = rounds[-1]
            print(f"{name:<28} 512x512x200 CT: median {fmt(p.get('median_total_s'), 2)} s "
                  f"(networks {fmt(last.get('networks_s'), 2)} s, prepare {fmt(last.get('prepare_s'), 2)} s, "
                  f"labels to grid {fmt(last.get('labels_to_grid_s'), 2)} s)")


if __name__ == "__main__":
    main()
