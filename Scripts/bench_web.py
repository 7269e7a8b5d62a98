#!/usr/bin/env python3
"""Measures `roundtable serve` on loopback (not a test), called by `Scripts/bench web`.

  bench_web.py ROUNDTABLE [SECONDS]

- first answer: from starting `roundtable serve` to its first page;
- check: a 10-page document (about 5,000 words of the labelled corpus) checked through the page
  50 times, median and 95th percentile, beside `roundtable check` of the same file as a process;
- live board: 20 browsers follow one session's board by server-sent events for SECONDS (60)
  while a facilitator presses a person's button every 250 ms: from press to the store's commit
  (the answer comes after the commit) and from press to each browser's new board, p50 and p99;
- memory: the server's resident memory at rest and at its peak under that load.
Goals (from the issue): check p95 under 150 ms; commit p99 under 20 ms; other browsers within
250 ms at p99; under 100 MB resident; first answer under 1 s.
"""
import glob
import http.client
import os
import random
import re
import socket
import statistics
import subprocess
import sys
import tempfile
import threading
import time
import urllib.parse


def free_port():
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


def percentile(values, share):
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, int(round(share * (len(ordered) - 1))))]


def memory(pid, field):
    with open(f"/proc/{pid}/status") as status:
        for line in status:
            if line.startswith(field + ":"):
                return int(line.split()[1]) / 1024
    return 0.0


class Browser:
    """A browser's cookie and form token, over plain HTTP/1.1."""

    def __init__(self, port):
        self.port = port
        self.cookie = ""
        self.token = ""

    def request(self, method, path, body=None, headers=None):
        connection = http.client.HTTPConnection("127.0.0.1", self.port, timeout=30)
        sent = dict(headers or {})
        if self.cookie:
            sent["Cookie"] = self.cookie
        connection.request(method, path, body=body, headers=sent)
        response = connection.getresponse()
        data = response.read()
        cookie = response.getheader("Set-Cookie")
        if cookie:
            self.cookie = cookie.split(";")[0]
        page = data.decode("utf-8", "replace")
        found = re.search(r'name="form-token" value="([0-9a-f]{64})"', page)
        if found:
            self.token = found.group(1)
        connection.close()
        return response.status, page

    def form(self, path, fields, headers=None):
        """Sends `fields` (a list of pairs, so a name may repeat) as a browser sends a form."""
        body = urllib.parse.urlencode(list(fields) + [("form-token", self.token)])
        return self.request("POST", path, body.encode(), {"Content-Type": "application/x-www-form-urlencoded", **(headers or {})})

    def upload(self, path, name, filename, data):
        boundary = "----bench"
        body = (f"--{boundary}\r\nContent-Disposition: form-data; name=\"form-token\"\r\n\r\n{self.token}\r\n"
                f"--{boundary}\r\nContent-Disposition: form-data; name=\"{name}\"; filename=\"{filename}\"\r\n\r\n").encode()
        body += data + f"\r\n--{boundary}--\r\n".encode()
        return self.request("POST", path, body, {"Content-Type": f"multipart/form-data; boundary={boundary}"})


def document(words):
    rng = random.Random(20261130)
    sentences = [line.strip() for path in sorted(glob.glob("Tests/PlainLanguageTests/Corpus/*.md"))
                 for line in open(path, encoding="utf-8")
                 if line.strip() and not line.strip().startswith(("#", "|", "<!--", "-", "```"))]
    text, count, heading = [], 0, 0
    while count < words:
        if count // 500 >= heading:
            heading += 1
            text.append(f"\n## Part {heading}\n")
        sentence = rng.choice(sentences)
        text.append(sentence)
        count += len(sentence.split())
    return "\n\n".join(text) + "\n"


def follow(port, session, cookie, events, stop):
    """One browser's board: records (arrival time, who is speaking) for each event until `stop`."""
    sock = socket.create_connection(("127.0.0.1", port))
    sock.sendall(f"GET /sessions/{session}/live/events HTTP/1.1\r\nHost: 127.0.0.1:{port}\r\nCookie: {cookie}\r\n\r\n".encode())
    sock.settimeout(1)
    buffer = b""
    while not stop.is_set():
        try:
            chunk = sock.recv(65536)
        except socket.timeout:
            continue
        if not chunk:
            break
        buffer += chunk
        while b"\n\n" in buffer:
            event, buffer = buffer.split(b"\n\n", 1)
            found = re.search(rb"Now speaking: ([^<(]+) \(", event)
            events.append((time.perf_counter(), found.group(1).decode().strip() if found else None))
    sock.close()


def main(arguments):
    roundtable, seconds = os.path.abspath(arguments[0]), float(arguments[1]) if len(arguments) > 1 else 60.0
    with tempfile.TemporaryDirectory(prefix="roundtable-bench-") as folder:
        port = free_port()
        started = time.perf_counter()
        server = subprocess.Popen([roundtable, "serve", "--port", str(port), "--db", "bench.sqlite", "--create"], cwd=folder,
                                  stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        browser = Browser(port)
        while True:
            try:
                status, _ = browser.request("GET", "/")
                if status == 200:
                    break
            except OSError:
                time.sleep(0.005)
        first = time.perf_counter() - started
        try:
            print(f"first answer: {first * 1000:.0f} ms (goal: under 1 s)")
            rest = memory(server.pid, "VmRSS")
            print(f"memory at rest: {rest:.1f} MB resident")

            text = document(5000).encode()
            path = os.path.join(folder, "ten-pages.md")
            with open(path, "wb") as out:
                out.write(text)
            browser.request("GET", "/check")
            timings = []
            for _ in range(50):
                begin = time.perf_counter()
                status, page = browser.upload("/check", "file", "ten-pages.md", text)
                timings.append(time.perf_counter() - begin)
                assert status == 200 and "What we found in ten-pages.md" in page, status
            command = []
            for _ in range(5):
                begin = time.perf_counter()
                subprocess.run([roundtable, "check", path], cwd=folder, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
                command.append(time.perf_counter() - begin)
            median, p95 = statistics.median(timings), percentile(timings, 0.95)
            print(f"check, 10 pages ({len(text.split())} words) through the page: median {median * 1000:.0f} ms, "
                  f"p95 {p95 * 1000:.0f} ms (goal: p95 under 150 ms); 'roundtable check' as a process: median "
                  f"{statistics.median(command) * 1000:.0f} ms (ratio page/process {median / statistics.median(command):.2f})")

            browser.request("GET", "/sessions")
            browser.form("/sessions", [("title", "Bench"), ("date", "")])
            for number in range(1, 21):
                browser.form("/people", [("name", f"Person {number:02d}"), ("role", "professional"), ("consent", "yes")])
                browser.form("/sessions/1/register", [("person", str(number))])
            browser.form("/sessions/1/attendance", [("came", str(number)) for number in range(1, 21)])

            stop = threading.Event()
            streams = [[] for _ in range(20)]
            followers = [threading.Thread(target=follow, args=(port, 1, browser.cookie, streams[n], stop)) for n in range(20)]
            for thread in followers:
                thread.start()
            time.sleep(1.5)
            presses, commits = [], []
            peak = rest
            rng = random.Random(7)
            deadline = time.perf_counter() + seconds
            while time.perf_counter() < deadline:
                person = rng.randrange(1, 21)
                begin = time.perf_counter()
                status, board = browser.form("/sessions/1/live/start", [("person", str(person))], {"X-Roundtable-Board": "1"})
                end = time.perf_counter()
                assert status == 200, status
                speaking = re.search(r"Now speaking: ([^<(]+) \(", board).group(1).strip()
                commits.append(end - begin)
                presses.append((begin, speaking))
                peak = max(peak, memory(server.pid, "VmRSS"))
                time.sleep(0.25)
            time.sleep(1.5)
            stop.set()
            for thread in followers:
                thread.join()
            delays, missed = [], 0
            for index, (pressed, name) in enumerate(presses):
                following = presses[index + 1][0] if index + 1 < len(presses) else float("inf")
                for stream in streams:
                    seen = next((arrived for arrived, speaking in stream if arrived >= pressed and speaking == name), None)
                    if seen is None or seen > following + 1:
                        missed += 1
                    else:
                        delays.append(seen - pressed)
            print(f"live board, 20 browsers for {seconds:.0f} s, {len(presses)} presses: press to commit p50 "
                  f"{percentile(commits, 0.5) * 1000:.1f} ms, p99 {percentile(commits, 0.99) * 1000:.1f} ms (goal: p99 under 20 ms); "
                  f"press to every other browser's board p50 {percentile(delays, 0.5) * 1000:.0f} ms, p99 "
                  f"{percentile(delays, 0.99) * 1000:.0f} ms (goal: p99 under 250 ms); boards that never showed a press: {missed}")
            print(f"memory under load: {peak:.1f} MB resident at the most, {memory(server.pid, 'VmHWM'):.1f} MB peak "
                  f"over the whole run (goal: under 100 MB)")
        finally:
            server.terminate()
            server.wait(timeout=10)


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
