"""What a whole ``algokit check`` of one member's file costs, in Python, Java and C++ (and JavaScript).

Run by hand, from a git checkout:  python benchmarks/languages.py [--rounds 5] [--js]

Checks a correct counting solution of 시소 짝꿍 (programmers-152996) in each language,
the whole command as a member types it (examples, the 200-input cross-check, the runs
at the maximum), in a throwaway workspace. The languages take turns within each round,
so the machine's drift hits each alike, and the script prints each one's median wall
time and its median paired ratio to Python's in the same round, twice:

- **cold**: the build folder emptied first, so the compile (g++ about 1.5 s, javac about
  1 s) is in the time;
- **warm**: the build kept from the cold run, as on every check after the first.

The aim the kit holds itself to: at most 15 s for a whole check of one file.
"""

import argparse
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
SLUG = "programmers-152996"
FILES = {
    "python": ROOT / "solutions" / SLUG / "counting.py",
    "java": ROOT / "tests" / "languages" / "function" / "Counting.java",
    "cpp": ROOT / "tests" / "languages" / "function" / "counting.cpp",
    "js": ROOT / "tests" / "languages" / "function" / "counting.js",
}


def workspace():
    root = Path(tempfile.mkdtemp(prefix="algokit-bench-"))
    for part in ("problems", "solutions"):
        shutil.copytree(ROOT / part / SLUG, root / part / SLUG)
    for language, source in FILES.items():
        shutil.copy(source, root / "solutions" / SLUG / f"member-{language}{source.suffix}")
    return root


def check_seconds(root, language):
    path = next((root / "solutions" / SLUG).glob(f"member-{language}.*"))
    started = time.perf_counter()
    done = subprocess.run([sys.executable, "-m", "algokit.cli", "check", SLUG, str(path), "--seed", "1"], cwd=root,
                          capture_output=True, text=True)
    seconds = time.perf_counter() - started
    if done.returncode != 0 or ": OK" not in done.stdout:
        raise SystemExit(f"{language}: the check did not pass:\n{done.stdout}{done.stderr}")
    return seconds


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--rounds", type=int, default=5)
    parser.add_argument("--js", action="store_true", help="JavaScript too")
    options = parser.parse_args()
    chosen = ["python", "java", "cpp"] + (["js"] if options.js else [])
    root = workspace()
    build = root / ".algokit" / "build"
    try:
        for mode in ("cold", "warm"):
            times = {language: [] for language in chosen}
            for _ in range(options.rounds):
                for language in chosen:
                    if mode == "cold":
                        shutil.rmtree(build, ignore_errors=True)
                    times[language].append(check_seconds(root, language))
            print(f"{mode} ({options.rounds} rounds; the build folder "
                  f"{'emptied before each check' if mode == 'cold' else 'kept'}):")
            for language in chosen:
                ratios = [mine / base for mine, base in zip(times[language], times["python"])]
                print(f"  {language:<7} median {statistics.median(times[language]):6.2f} s   "
                      f"paired ratio to python {statistics.median(ratios):5.2f}x   "
                      f"(min {min(times[language]):.2f} s, max {max(times[language]):.2f} s)")
    finally:
        shutil.rmtree(root, ignore_errors=True)


if __name__ == "__main__":
    main()
