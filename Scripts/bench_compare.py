#!/usr/bin/env python3
"""Roundtable beside its peers, for Scripts/bench: check, start-up and export, printed as one
Markdown table (what, Roundtable, peer, ratio, goal) that the README and docs/performance.md copy.

Every ratio is the median of RUNS paired runs (Roundtable, then the peer, one after the other) in
this one invocation; times are whole processes, wall clock, with peak memory from /usr/bin/time.

Usage: bench_compare.py SECTION ROUNDTABLE WORK [SIZE_KB...]
  SECTION: check (the two 10 MB texts and a 100,000-entry glossary), startup (a one-line file),
           export (SIZE_KB of generated notes to DOCX, FODT and HTML, beside pandoc),
           pictures (notes with 20 pictures of about 240 KB each, put inside DOCX, FODT and
           HTML, beside pandoc embedding them in DOCX, ODT and self-contained HTML).
  BENCH_RUNS sets RUNS (default 3, at least 3).
"""
import os
import random
import statistics
import struct
import subprocess
import sys
import zlib

section, roundtable, work = sys.argv[1], sys.argv[2], sys.argv[3]
sizes = [int(size) for size in sys.argv[4:]] or [5120]
runs = max(3, int(os.environ.get("BENCH_RUNS", "3")))
# A cache folder of this run's own, so the team glossary's cache starts empty.
environment = dict(os.environ, XDG_CACHE_HOME=os.path.join(work, "cache"))
rows = []


def measure(command, output=os.devnull):
    """Runs command once; returns (seconds, peak megabytes)."""
    timing = os.path.join(work, "time")
    with open(output, "wb") as out:
        subprocess.run(["/usr/bin/time", "-f", "%e %M", "-o", timing] + command, stdout=out,
                       stderr=subprocess.DEVNULL, env=environment, check=False)
    seconds, kilobytes = open(timing).read().split()[-2:]
    return float(seconds), int(kilobytes) / 1024


def paired(ours, theirs, output=os.devnull):
    """RUNS paired runs; returns the medians of our time, our memory, their time, their memory, and of the ratios."""
    results = []
    for _ in range(runs):
        our_time, our_mb = measure(ours, output)
        their_time, their_mb = measure(theirs)
        results.append((our_time, our_mb, their_time, their_mb, their_time / max(our_time, 0.005)))
    return [statistics.median(column) for column in zip(*results)]


def row(what, ours, peer, ratio, goal):
    rows.append(f"| {what} | {ours} | {peer} | {ratio} | {goal} |")


def words(path):
    return len(open(path, encoding="utf-8").read().split())


if section == "check":
    config = os.path.join(work, "proselintrc.json")
    proselint = lambda path: ["proselint", "check", "--config", config, path]
    for name, label in (("bench", "10 MB of corpus sentences (a finding every 20 words)"),
                        ("notes", "10 MB of generated notes")):
        path = os.path.join(work, f"{name}.txt")
        count = words(path)
        for form, extra, output in (("JSON", ["--format", "json"], f"{name}.json"), ("report to a file", [], f"{name}.out")):
            our_t, our_mb, their_t, their_mb, ratio = paired([roundtable, "check", path] + extra, proselint(path),
                                                             os.path.join(work, output))
            row(f"check {label}, {form}", f"{our_t:.2f} s, {count / our_t / 1e6:.1f} M words/s, {our_mb:.0f} MB",
                f"proselint 0.16: {their_t:.1f} s, {count / their_t / 1e3:.0f} k words/s", f"{ratio:.0f}×", "100× (aim 300×)")
        synthetic = [roundtable, "check", path, "--format", "json", "--glossary", os.path.join(work, "synthetic.csv")]
        first, _ = measure(synthetic)  # compiles the team glossary into the cache
        our_t, _, big_t, big_mb, ratio = paired([roundtable, "check", path, "--format", "json"], synthetic)
        row(f"the same ({name}, JSON) with a 100,000-entry team glossary, cached", f"{big_t:.2f} s, {big_mb:.0f} MB (first run: {first:.2f} s)",
            f"curated glossary: {our_t:.2f} s", f"{ratio:.2f}× the curated time", "at most 2×")
elif section == "startup":
    line = os.path.join(work, "one-line.md")
    open(line, "w").write("The ICB has signed off the plan.\n")
    samples = max(11, runs)
    def median_of(command):
        return statistics.median(measure(command)[0] for _ in range(samples))
    ours = median_of([roundtable, "check", line])
    theirs = median_of(["proselint", "check", line])
    row("start-up: `roundtable check` of a one-line file, whole process", f"{ours * 1000:.0f} ms (median of {samples})",
        f"proselint: {theirs * 1000:.0f} ms", f"{theirs / max(ours, 0.001):.0f}×", "under 30 ms")
    synthetic = [roundtable, "check", line, "--glossary", os.path.join(work, "synthetic.csv")]
    first, _ = measure(synthetic)
    cached = median_of(synthetic)
    row("the same with a 100,000-entry team glossary, second run", f"{cached * 1000:.0f} ms (first run: {first:.2f} s)",
        "", "", "under 100 ms")
elif section == "export":
    for size in sizes:
        path = os.path.join(work, f"notes-{size}.md")
        with open(path, "w") as out:
            subprocess.run(["Scripts/make-notes", str(size)], stdout=out, check=True)
        megabytes = os.path.getsize(path) / 1048576
        for ours, theirs in (("docx", "docx"), ("fodt", "odt"), ("html", "html")):
            extra = ["--standalone"] if theirs == "html" else []
            our_t, our_mb, their_t, their_mb, ratio = paired(
                [roundtable, "export", path, "--to", ours, "-o", os.path.join(work, "out")],
                ["pandoc"] + extra + ["-f", "markdown", "-o", os.path.join(work, f"pandoc.{theirs}"), path])
            if not os.path.getsize(os.path.join(work, "out", f"notes-{size}.{ours}")):
                sys.exit(f"no output from roundtable export --to {ours}")
            row(f"{megabytes:.0f} MB of notes → {ours.upper()}", f"{our_t:.2f} s, {our_mb:.0f} MB ({our_mb / megabytes:.0f}× the input)",
                f"pandoc 2.17{' (ODT)' if theirs == 'odt' else ''}: {their_t:.1f} s, {their_mb:.0f} MB", f"{ratio:.0f}×",
                "50×; memory under 20× the input")

elif section == "pictures":
    folder = os.path.join(work, "pictures")
    os.makedirs(folder, exist_ok=True)

    def png(path, width, height, seed):
        """A PNG of noise (so it does not pack small), 150 pixels to the inch, written by hand."""
        generator = random.Random(seed)
        rows = b"".join(b"\0" + generator.randbytes(width * 3) for _ in range(height))
        def chunk(kind, data):
            return struct.pack(">I", len(data)) + kind + data + struct.pack(">I", zlib.crc32(kind + data))
        with open(path, "wb") as out:
            out.write(b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", struct.pack(">IIBBBBB", width, height, 8, 2, 0, 0, 0))
                      + chunk(b"pHYs", struct.pack(">IIB", 5906, 5906, 1)) + chunk(b"IDAT", zlib.compress(rows, 6))
                      + chunk(b"IEND", b""))

    notes = os.path.join(folder, "pictures.md")
    with open(notes, "w") as out:
        out.write("---\ntitle: Twenty pictures\n---\n\n")
        for number in range(1, 21):
            png(os.path.join(folder, f"picture-{number}.png"), 320, 240, number)
            out.write(f"## Picture {number}\n\nWhat the group drew in part {number} of the session.\n\n"
                      f"![A drawing from part {number} of the session](picture-{number}.png)\n\n")
    pictures = sum(os.path.getsize(os.path.join(folder, f"picture-{n}.png")) for n in range(1, 21)) / 1048576
    for ours, theirs in (("docx", "docx"), ("fodt", "odt"), ("html", "html")):
        extra = ["--standalone", "--self-contained"] if theirs == "html" else []
        our_t, our_mb, their_t, their_mb, ratio = paired(
            [roundtable, "export", notes, "--to", ours, "-o", os.path.join(work, "out")],
            ["pandoc"] + extra + ["-f", "markdown", "--resource-path", folder, "-o", os.path.join(work, f"pandoc.{theirs}"), notes])
        written = os.path.getsize(os.path.join(work, "out", f"pictures.{ours}")) / 1048576
        if written < pictures:
            sys.exit(f"roundtable export --to {ours} wrote {written:.1f} MB, less than the {pictures:.1f} MB of pictures")
        row(f"notes with 20 pictures ({pictures:.1f} MB) → {ours.upper()}", f"{our_t:.2f} s, {our_mb:.0f} MB, a {written:.1f} MB file",
            f"pandoc 2.17{' (ODT)' if theirs == 'odt' else ''}: {their_t:.2f} s, {their_mb:.0f} MB", f"{ratio:.0f}×", "as fast as pandoc or faster")

print(f"({runs} paired runs each; ratio: the peer's time over Roundtable's, median of the pairs)\n")
print("| what | Roundtable | peer | ratio | goal |\n| --- | --- | --- | --- | --- |")
print("\n".join(rows))
