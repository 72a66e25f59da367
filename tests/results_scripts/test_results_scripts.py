"""Tests of the results pipeline behind docs/RESULTS.md: scripts/run-results.sh (the restartable grid),
scripts/summarize-results.py (evaluations -> summary.json) and scripts/results-tables.py (summary -> tables).

The grid takes hours of real training, so run-results.sh is driven here with a stand-in for the crossseg CLI
(FAKE_CLI below) that writes what `train` and `evaluate` write, with Dice values derived from the seed: what is
tested is the bookkeeping a multi-session grid relies on (skip what is done, resume what has a checkpoint, restart
what has none, refuse another machine, name the build), not the learning.
"""
import json
import os
import pathlib
import subprocess
import sys
import tempfile
import textwrap
import unittest

SOURCE = pathlib.Path(os.environ.get("CROSSSEG_SOURCE_DIR", pathlib.Path(__file__).resolve().parents[2]))
SCRIPTS = SOURCE / "scripts"
CASES = ("ct_a", "ct_b")

# Logs every call to $FAKE_CLI_LOG; `train` writes config.json (engine_commit and profile) and a checkpoint,
# `evaluate` an evaluation in `crossseg evaluate --json`'s layout with one model per network of the method.
FAKE_CLI = textwrap.dedent("""\
    #!/usr/bin/env python3
    import json, os, sys
    args = sys.argv[1:]
    with open(os.environ["FAKE_CLI_LOG"], "a") as log:
        log.write(" ".join(args) + "\\n")
    def value(flag):
        return args[args.index(flag) + 1]
    if args[0] == "train":
        run = value("--out")
        os.makedirs(os.path.join(run, "checkpoints"), exist_ok=True)
        open(os.path.join(run, "checkpoints", "latest.pt"), "w").close()
        with open(os.path.join(run, "config.json"), "w") as f:
            json.dump({"engine_commit": "fakecommit12", "method": value("--method"),
                       "profile_parameters": {"iterations": 7}}, f)
    elif args[0] == "evaluate":
        run = value("--run")
        config = json.load(open(os.path.join(run, "config.json")))
        seed = int(os.path.basename(run).rsplit("-s", 1)[1])
        models = ["single"] if config["method"] == "target-only" else ["ensemble", "real", "syn"]
        def case(dice):
            return {"mean_dice": dice, "mean_hd95_mm": 10.0, "mean_assd_mm": 2.0,
                    "per_class": {"liver": {"dice": dice, "hd95_mm": 10.0, "assd_mm": 2.0}}}
        report = {"split": "ct_test", "postprocessing": "none", "classes": ["background", "liver"], "models": {}}
        for m in models:
            base = 0.5 + 0.01 * seed + (0.1 if m == "ensemble" else 0.0)
            per_case = {c: case(base + 0.02 * i) for i, c in enumerate(%s)}
            report["models"][m] = {"mean_dice": base + 0.01, "mean_hd95_mm": 10.0, "mean_assd_mm": 2.0,
                                   "per_class": {"liver": {"dice": base + 0.01}}, "per_case": per_case}
        with open(value("--json"), "w") as f:
            json.dump(report, f)
    """ % (CASES,))


class RunResultsTest(unittest.TestCase):
    def setUp(self):
        self.tmp = tempfile.TemporaryDirectory()
        self.dir = pathlib.Path(self.tmp.name)
        self.cli = self.dir / "crossseg"
        self.cli.write_text(FAKE_CLI)
        self.cli.chmod(0o755)
        self.log = self.dir / "cli.log"
        self.out = self.dir / "grid"
        self.summary = self.dir / "summary.json"

    def tearDown(self):
        self.tmp.cleanup()

    def grid(self, only, check=True):
        env = dict(os.environ, CROSSSEG_CLI=str(self.cli), FAKE_CLI_LOG=str(self.log),
                   CROSSSEG_RESULTS_ONLY=only, CROSSSEG_RESULTS_SUMMARY=str(self.summary))
        result = subprocess.run(["bash", str(SCRIPTS / "run-results.sh"), str(self.dir / "dataset.json"),
                                 str(self.out)], env=env, capture_output=True, text=True)
        if check:
            self.assertEqual(result.returncode, 0, result.stderr + result.stdout)
        return result

    def calls(self, command):
        if not self.log.exists():
            return []
        return [l.split() for l in self.log.read_text().splitlines() if l.startswith(command + " ")]

    def test_runs_are_trained_evaluated_and_summarized_with_their_build(self):
        self.grid("target-only-k1-s0 mkd-iam-k1-s0")
        self.assertEqual(len(self.calls("train")), 2)
        self.assertEqual(len(self.calls("evaluate")), 2)
        for call in self.calls("evaluate"):
            self.assertIn("ct_test", call)  # the test split, evaluated once per run
        runs = json.loads(self.summary.read_text())["runs"]
        models = sorted((r["method"], r["model"]) for r in runs)
        self.assertEqual(models, [("mkd-iam", "ensemble"), ("mkd-iam", "real"), ("mkd-iam", "syn"),
                                  ("target-only", "single")])
        for r in runs:
            self.assertEqual(r["commit"], "fakecommit12")
            self.assertEqual((r["K"], r["seed"], r["iterations"]), (1, 0, 7))
            self.assertEqual(sorted(r["per_case"]), sorted(CASES))
        timings = (self.out / "timings.txt").read_text().split()
        self.assertIn("target-only-k1-s0", timings)
        self.assertIn("mkd-iam-k1-s0", timings)

    def test_a_second_session_skips_what_is_evaluated(self):
        self.grid("target-only-k1-s0")
        before = len(self.calls("train"))
        result = self.grid("target-only-k1-s0")
        self.assertEqual(len(self.calls("train")), before)
        self.assertIn("target-only-k1-s0 done", result.stdout)

    def test_a_run_with_a_checkpoint_resumes_and_one_without_starts_again(self):
        (self.out / "runs" / "target-only-k4-s1" / "checkpoints").mkdir(parents=True)
        (self.out / "runs" / "target-only-k4-s1" / "checkpoints" / "latest.pt").write_text("")
        (self.out / "runs" / "target-only-k4-s2").mkdir(parents=True)
        (self.out / "runs" / "target-only-k4-s2" / "metrics.jsonl").write_text("{}\n")
        self.grid("target-only-k4-s1 target-only-k4-s2")
        trains = {c[c.index("--out") + 1].rsplit("/", 1)[1]: c for c in self.calls("train")}
        self.assertIn("--resume", trains["target-only-k4-s1"])
        self.assertNotIn("--resume", trains["target-only-k4-s2"])
        abandoned = list((self.out / "abandoned").iterdir())
        self.assertEqual(len(abandoned), 1)
        self.assertTrue(abandoned[0].name.startswith("target-only-k4-s2."))
        self.assertTrue((abandoned[0] / "metrics.jsonl").exists())  # kept, not deleted
        # The resumed run's time covers only its last part: it must not pass for the cost of the whole run.
        timings = {l.split()[0]: l.split()[1:] for l in (self.out / "timings.txt").read_text().splitlines()}
        self.assertIn("resumed=1", timings["target-only-k4-s1"])
        self.assertNotIn("resumed=1", timings["target-only-k4-s2"])
        runs = {r["run"]: r for r in json.loads(self.summary.read_text())["runs"]}
        self.assertIsNone(runs["target-only-k4-s1"]["train_seconds"])
        self.assertIsNotNone(runs["target-only-k4-s1"]["train_seconds_after_resume"])
        self.assertIsNotNone(runs["target-only-k4-s2"]["train_seconds"])
        self.assertNotIn("train_seconds_after_resume", runs["target-only-k4-s2"])

    def test_a_grid_started_on_another_machine_is_refused(self):
        self.out.mkdir()
        (self.out / "machine.txt").write_text("Some Other CPU, 64 cores, aarch64\n")
        result = self.grid("target-only-k1-s0", check=False)
        self.assertNotEqual(result.returncode, 0)
        self.assertIn("Some Other CPU", result.stderr)
        self.assertIn(str(self.out), result.stderr)
        self.assertEqual(self.calls("train"), [])

    def test_a_variant_trains_with_its_profile_file(self):
        self.grid("mkd-iam-iam-before-fixes-k4-s0")
        train = self.calls("train")[0]
        self.assertTrue(train[train.index("--profile") + 1].endswith("docs/results/profiles/iam-before-fixes.json"))


class StageResultsTest(unittest.TestCase):
    def test_only_finished_runs_are_staged(self):
        with tempfile.TemporaryDirectory() as tmp:
            repo = pathlib.Path(tmp)
            (repo / "scripts").mkdir()
            (repo / "scripts" / "stage-results.sh").write_text((SCRIPTS / "stage-results.sh").read_text())
            grid = repo / "docs" / "results" / "grid"
            for run in ("target-only-k1-s0", "mkd-iam-k1-s0"):  # the first finished, the second still training
                (grid / "runs" / run).mkdir(parents=True)
                for f in ("config.json", "metrics.jsonl", "status.json"):
                    (grid / "runs" / run / f).write_text("{}")
            (grid / "eval").mkdir()
            (grid / "eval" / "target-only-k1-s0.json").write_text("{}")
            (grid / "eval" / "target-only-k1-s0.largest-component.json").write_text("{}")
            (grid / "timings.txt").write_text("target-only-k1-s0 train_s=1 eval_s=1\n")
            (repo / "docs" / "results" / "summary.json").write_text("{}")
            subprocess.run(["git", "init", "-q", str(repo)], check=True)
            subprocess.run(["bash", str(repo / "scripts" / "stage-results.sh")], check=True, capture_output=True)
            staged = subprocess.run(["git", "-C", str(repo), "diff", "--cached", "--name-only"], check=True,
                                    capture_output=True, text=True).stdout.split()
            self.assertEqual(sorted(staged), sorted([
                "docs/results/grid/eval/target-only-k1-s0.json",
                "docs/results/grid/eval/target-only-k1-s0.largest-component.json",
                "docs/results/grid/runs/target-only-k1-s0/config.json",
                "docs/results/grid/runs/target-only-k1-s0/metrics.jsonl",
                "docs/results/grid/timings.txt",
                "docs/results/summary.json"]))


def evaluation(models):
    """An evaluation in `crossseg evaluate --json`'s layout; models: name -> {case: dice}."""
    return {"split": "ct_test", "postprocessing": "none", "classes": ["background", "liver"],
            "models": {m: {"mean_dice": sum(c.values()) / len(c), "per_class": {"liver": {"dice": 0.0}},
                           "per_case": {case: {"mean_dice": d, "per_class": {"liver": {"dice": d}}}
                                        for case, d in c.items()}}
                       for m, c in models.items()}}


class SummarizeResultsTest(unittest.TestCase):
    def setUp(self):
        self.tmp = tempfile.TemporaryDirectory()
        self.out = pathlib.Path(self.tmp.name) / "grid"
        (self.out / "eval").mkdir(parents=True)
        self.summary = pathlib.Path(self.tmp.name) / "summary.json"

    def tearDown(self):
        self.tmp.cleanup()

    def write_run(self, name, dice, config=None):
        (self.out / "eval" / f"{name}.json").write_text(json.dumps(evaluation({"single": {"ct_a": dice}})))
        if config is not None:
            (self.out / "runs" / name).mkdir(parents=True, exist_ok=True)
            (self.out / "runs" / name / "config.json").write_text(json.dumps(config))

    def summarize(self):
        subprocess.run([sys.executable, str(SCRIPTS / "summarize-results.py"), str(self.out), "--summary",
                        str(self.summary)], check=True, capture_output=True, text=True, cwd=self.tmp.name)
        return {r["run"]: r for r in json.loads(self.summary.read_text())["runs"]}

    def test_the_commit_is_the_build_that_trained_the_run(self):
        self.write_run("target-only-k1-s0", 0.5, {"engine_commit": "fromconfig"})
        self.write_run("target-only-k1-s1", 0.5, {})
        self.write_run("target-only-k1-s2", 0.5, {})
        (self.out / "timings.txt").write_text("target-only-k1-s0 train_s=5 eval_s=1 engine=fromtimings\n"
                                              "target-only-k1-s1 train_s=6 eval_s=2 engine=fromtimings\n")
        runs = self.summarize()
        self.assertEqual(runs["target-only-k1-s0"]["commit"], "fromconfig")
        self.assertEqual(runs["target-only-k1-s1"]["commit"], "fromtimings")
        self.assertEqual(runs["target-only-k1-s1"]["train_seconds"], 6)
        self.assertTrue(runs["target-only-k1-s2"]["commit"].endswith("(checkout when summarized)"))
        self.assertFalse(runs["target-only-k1-s2"]["commit"].startswith("None"))

    def test_names_give_method_variant_k_and_seed_and_other_files_are_ignored(self):
        self.write_run("mkd-iam-end-to-end-k4-s3", 0.7)
        (self.out / "eval" / "notes.json").write_text("{}")
        run = self.summarize()["mkd-iam-end-to-end-k4-s3"]
        self.assertEqual((run["method"], run["variant"], run["K"], run["seed"]), ("mkd-iam", "end-to-end", 4, 3))
        self.assertEqual(len(self.summarize()), 1)

    def test_a_new_summary_replaces_a_run_and_keeps_records_from_elsewhere(self):
        self.summary.write_text(json.dumps({"runs": [
            {"run": "joint-k1-s0", "model": "single", "postprocessing": "none", "K": 1, "method": "joint",
             "variant": "", "seed": 0, "mean_dice": 0.3}]}))
        self.write_run("target-only-k1-s0", 0.5)
        self.summarize()
        self.write_run("target-only-k1-s0", 0.6)
        runs = self.summarize()
        self.assertAlmostEqual(runs["target-only-k1-s0"]["mean_dice"], 0.6)
        self.assertIn("joint-k1-s0", runs)
        self.assertFalse(pathlib.Path(str(self.summary) + ".tmp").exists())


def record(method, model, seed, per_case, k=4, variant=""):
    return {"run": f"{method}{'-' + variant if variant else ''}-k{k}-s{seed}", "method": method, "variant": variant,
            "K": k, "seed": seed, "model": model,
            "iterations": 10, "postprocessing": "none", "commit": "c", "mean_dice": sum(per_case.values()) / len(per_case),
            "per_class_dice": {"liver": 0.0},
            "per_case": {case: {"mean_dice": d, "per_class_dice": {"liver": d}} for case, d in per_case.items()}}


class ResultsTablesTest(unittest.TestCase):
    def tables(self, runs):
        with tempfile.TemporaryDirectory() as tmp:
            path = pathlib.Path(tmp) / "summary.json"
            path.write_text(json.dumps({"runs": runs}))
            return subprocess.run([sys.executable, str(SCRIPTS / "results-tables.py"), str(path), "--resamples",
                                   "2000"], check=True, capture_output=True, text=True).stdout

    def comparison_rows(self, text):
        section = text.split("### Paired differences")[1]
        return [[cell.strip() for cell in line.strip("|").split("|")] for line in section.splitlines()
                if line.startswith("| 4 ")]

    def test_a_constant_paired_gain_has_a_point_interval(self):
        runs = []
        for seed in (0, 1):
            runs.append(record("target-only", "single", seed, {"a": 0.60, "b": 0.70}))
            runs.append(record("mkd-iam", "ensemble", seed, {"a": 0.65, "b": 0.75}))
        rows = self.comparison_rows(self.tables(runs))
        self.assertEqual(len(rows), 1)
        self.assertEqual(rows[0][2:], ["mkd-iam ensemble", "target-only single", "4 (2)", "+5.0", "[+5.0, +5.0]"])

    def test_only_shared_seed_and_case_pairs_count_and_the_interval_spans_the_mean(self):
        runs = [record("target-only", "single", 0, {"a": 0.60, "b": 0.70}),
                record("target-only", "single", 1, {"a": 0.50, "b": 0.50}),
                record("mkd-iam", "ensemble", 0, {"a": 0.70, "b": 0.70}),   # +10, 0
                record("mkd-iam", "ensemble", 1, {"a": 0.55, "b": 0.45}),   # +5, -5
                record("mkd-iam", "ensemble", 2, {"a": 0.90, "b": 0.90})]   # no target-only partner
        row = self.comparison_rows(self.tables(runs))[0]
        self.assertEqual(row[4], "4 (2)")
        self.assertEqual(row[5], "+2.5")
        low, high = (float(v) for v in row[6].strip("[]").split(","))
        self.assertLess(low, 2.5)
        self.assertGreater(high, 2.5)
        self.assertGreaterEqual(low, -5.0)
        self.assertLessEqual(high, 10.0)

    def test_a_variant_of_mkd_iam_is_also_set_against_mkd_iam(self):
        runs = [record("target-only", "single", 0, {"a": 0.60, "b": 0.70}),
                record("mkd-iam", "ensemble", 0, {"a": 0.70, "b": 0.80}),
                record("mkd-iam", "ensemble", 0, {"a": 0.68, "b": 0.74}, variant="end-to-end"),
                record("mkd-iam", "real", 0, {"a": 0.50, "b": 0.50}, variant="end-to-end")]
        rows = {(r[2], r[3]): r[4:] for r in self.comparison_rows(self.tables(runs))}
        self.assertEqual(rows[("mkd-iam (end-to-end) ensemble", "mkd-iam ensemble")][1], "-4.0")
        self.assertEqual(rows[("mkd-iam (end-to-end) ensemble", "target-only single")][1], "+6.0")
        # Only the variant's ensemble meets mkd-iam's ensemble; its members are set against target-only alone.
        self.assertNotIn(("mkd-iam (end-to-end) real", "mkd-iam ensemble"), rows)
        self.assertIn(("mkd-iam (end-to-end) real", "target-only single"), rows)

    def test_an_interval_does_not_move_when_other_comparisons_join(self):
        # Twelve cases with uneven gains, so that the interval's ends depend on the exact draws.
        cases = [f"c{i}" for i in range(12)]
        runs = [record("target-only", "single", 0, {c: 0.5 for c in cases}),
                record("mkd-iam", "ensemble", 0, {c: 0.5 + 0.013 * (i * 7 % 12) - 0.05 for i, c in enumerate(cases)})]
        before = self.comparison_rows(self.tables(runs))
        # K=1 comparisons, printed before this one (they drew first from the old shared stream), join the summary.
        more = [record("target-only", "single", 0, {"a": 0.2, "b": 0.3, "c": 0.1}, k=1),
                record("mkd-iam", "ensemble", 0, {"a": 0.4, "b": 0.2, "c": 0.3}, k=1),
                record("mkd-iam", "real", 0, {"a": 0.3, "b": 0.5, "c": 0.3}, k=1),
                record("joint", "single", 0, {"a": 0.61, "b": 0.69, "c": 0.52})] + runs
        after = self.comparison_rows(self.tables(more))
        target_only = lambda rows: [r for r in rows if r[3] == "target-only single" and r[2] == "mkd-iam ensemble"]
        self.assertEqual(len(target_only(before)), 1)
        self.assertEqual(target_only(after), target_only(before))

    def test_into_replaces_only_the_generated_block(self):
        runs = [record("target-only", "single", 0, {"a": 0.4})]
        with tempfile.TemporaryDirectory() as tmp:
            summary, page = pathlib.Path(tmp) / "summary.json", pathlib.Path(tmp) / "RESULTS.md"
            summary.write_text(json.dumps({"runs": runs}))
            page.write_text("# Results\nprose before\n<!-- generated by scripts/results-tables.py old -->\n"
                            "| stale table |\n<!-- end of generated tables -->\nprose after\n")
            subprocess.run([sys.executable, str(SCRIPTS / "results-tables.py"), str(summary), "--into", str(page)],
                           check=True, capture_output=True)
            text = page.read_text()
            self.assertTrue(text.startswith("# Results\nprose before\n<!-- generated by scripts/results-tables.py"))
            self.assertNotIn("stale table", text)
            self.assertIn("| target-only | 4 | single | none | 0.400 |", text)
            self.assertTrue(text.endswith("<!-- end of generated tables -->\nprose after\n"))
            # A page without the block is refused, named, and left as it was.
            page.write_text("# Results\nno block\n")
            result = subprocess.run([sys.executable, str(SCRIPTS / "results-tables.py"), str(summary), "--into",
                                     str(page)], capture_output=True, text=True)
            self.assertNotEqual(result.returncode, 0)
            self.assertIn(str(page), result.stderr)
            self.assertEqual(page.read_text(), "# Results\nno block\n")

    def goal_rows(self, text):
        section = text.split("### Issue 9's goals")[1].split("###")[0]
        return {cells[0]: cells[1:] for cells in
                ([c.strip() for c in line.strip("|").split("|")] for line in section.splitlines()
                 if line.startswith("| K = "))}

    def test_the_goal_table_says_met_only_with_the_asked_seeds_the_gain_and_an_interval_above_zero(self):
        runs = []
        for seed in range(5):   # K = 4: +4 points on every pair, mean Dice 0.82: both goals met with 5 seeds
            runs.append(record("target-only", "single", seed, {"a": 0.78, "b": 0.78}))
            runs.append(record("mkd-iam", "ensemble", seed, {"a": 0.82, "b": 0.82}))
        for seed in range(3):   # K = 1: +12 points but only 3 of the 5 seeds; joint level (+-2 points)
            runs.append(record("target-only", "single", seed, {"a": 0.40, "b": 0.40}, k=1))
            runs.append(record("mkd-iam", "ensemble", seed, {"a": 0.52, "b": 0.52}, k=1))
            runs.append(record("joint", "single", seed, {"a": 0.50, "b": 0.54}, k=1))
        rows = self.goal_rows(self.tables(runs))
        self.assertEqual(rows["K = 4: mkd-iam − target-only ≥ +3 points, interval above 0"],
                         ["5 (5)", "+4.0 [+4.0, +4.0]", "met"])
        self.assertEqual(rows["K = 4: mkd-iam mean Dice ≥ 0.80"], ["5 (5)", "0.820 (mean of the per-seed means)", "met"])
        self.assertEqual(rows["K = 1: mkd-iam − target-only ≥ +10 points, interval above 0"],
                         ["3 (5)", "+12.0 [+12.0, +12.0]", "met so far"])
        self.assertEqual(rows["K = 1: mkd-iam above joint, interval above 0"][0], "3 (3)")
        self.assertEqual(rows["K = 1: mkd-iam above joint, interval above 0"][2], "not met")
        self.assertEqual(rows["K = 4: mkd-iam above mkd, interval above 0"], ["0 (3)", "no paired runs yet", "not measured"])

    def test_a_gain_below_the_goal_or_with_an_interval_reaching_zero_is_not_met(self):
        runs = []
        for seed in range(5):   # K = 4: +2 points everywhere (below 3); the K = 4 mean is 0.79
            runs.append(record("target-only", "single", seed, {"a": 0.77}))
            runs.append(record("mkd-iam", "ensemble", seed, {"a": 0.79}))
        for seed in range(3):   # mkd-iam - mkd: +10 on one pair, -5 on the other two: mean 0, interval across 0
            runs.append(record("mkd", "ensemble", seed, {"a": 0.70}))
        runs[-3]["per_case"]["a"]["mean_dice"] = 0.69
        runs[-2]["per_case"]["a"]["mean_dice"] = 0.84
        runs[-1]["per_case"]["a"]["mean_dice"] = 0.84
        rows = self.goal_rows(self.tables(runs))
        self.assertEqual(rows["K = 4: mkd-iam − target-only ≥ +3 points, interval above 0"][2], "not met")
        self.assertEqual(rows["K = 4: mkd-iam mean Dice ≥ 0.80"][2], "not met")
        self.assertEqual(rows["K = 4: mkd-iam above mkd, interval above 0"][2], "not met")

    def test_the_per_seed_table_gives_the_mean_and_sd_over_seeds(self):
        runs = [record("target-only", "single", s, {"a": d}) for s, d in ((0, 0.4), (1, 0.6))]
        text = self.tables(runs)
        row = next(l for l in text.splitlines() if l.startswith("| target-only | 4 | single"))
        self.assertIn("| 0.400 | 0.600 | 0.500 ± 0.141 |", row)

    def test_runs_from_another_machine_are_marked_in_the_per_seed_table(self):
        runs = [record("target-only", "single", s, {"a": 0.5}) for s in (0, 1, 2)]
        for r in runs:
            r["machine"] = "Intel Xeon, 2 cores, x86_64"
        runs[2]["machine"] = "AMD EPYC, 2 cores, x86_64"
        text = self.tables(runs)
        row = next(l for l in text.splitlines() if l.startswith("| target-only | 4 | single"))
        self.assertIn("| 0.500 | 0.500 | 0.500† |", row)
        self.assertIn("Unmarked runs trained on Intel Xeon, 2 cores, x86_64; † on AMD EPYC, 2 cores, x86_64.", text)
        # One machine: no marks and no note.
        runs[2]["machine"] = runs[0]["machine"]
        text = self.tables(runs)
        self.assertNotIn("†", text)
        self.assertNotIn("Unmarked runs", text)


if __name__ == "__main__":
    unittest.main()
