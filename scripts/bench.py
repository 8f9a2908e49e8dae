"""What each page costs the server: SQL queries, CPU ms, p50/p95 wall ms and bytes per request.

By default it serves this site under gunicorn with the production settings (DEBUG off, WhiteNoise,
two sync workers on a free loopback port) against an SQLite database with the seeded content,
built once in .venv/bench/ (delete it, or pass --rebuild, after a migration or a content change).
The pages are requested in turn, N rounds, one request at a time. Per page it prints:

- queries: SQL queries of one warm request, counted in-process with Django's test client on the
  same database and settings (gunicorn cannot report them with DEBUG off);
- cpu ms: the workers' CPU time (utime + stime from /proc/<pid>/stat) spent around each request,
  summed over the workers, averaged over the rounds: steadier than req/s on a shared machine;
- p50 / p95 ms: wall time of a request, connection to last byte;
- bytes, gzip: the HTML as sent and gzip-compressed (level 6, what a front server would use);
- static: the same HTML saved to a file and served by the same server as a static file
  (WhiteNoise), the physical limit of this stack: its cpu ms and p50.

With --base-url it starts nothing and measures that server's pages (--paths), bytes and latency
only; CPU too when given --pids (a gunicorn master's workers are found from its pid).

Then, when the production stack runs (`make prod`), or with --front URL (or FRONT_URL), it
measures the front server: requests/s for each of FRONT_PATHS served from its page cache (every
answer must be a HIT) against the same HTML saved as a static file (with its .gz, as collectstatic
leaves them) and served by the same nginx, FRONT_CLIENTS keep-alive clients for FRONT_SECONDS
each, best of two, and prints the ratio (goal: at least 0.5). Loopback only: --front must name this machine.
The client is Python, so the static figure is also this client's ceiling.

    make bench            (or: .venv/bin/python scripts/bench.py [--rounds 30] [--paths /bg/ ...])
    .venv/bin/python scripts/bench.py --base-url http://127.0.0.1:8001 --paths / /blog/ --pids 1234
    .venv/bin/python scripts/bench.py --front-only      (the front cache of the running stack only)
"""

import argparse
import gzip
import http.client
import multiprocessing
import os
import socket
import ssl
import subprocess
import sys
import tempfile
import time
from pathlib import Path
from urllib.parse import quote, urlsplit

ROOT = Path(__file__).resolve().parents[1]
BENCH_DIR = ROOT / ".venv" / "bench"
WORKERS = 2
PATHS = [
    "/bg/",
    "/en/",
    "/bg/novini/",
    "/bg/novini/nov-tsop-kazanlak/",
    "/bg/tsentrove/",
    "/bg/tsentrove/veliko-tarnovo/",
    "/bg/programi/ritam-karti-daga/",
    "/bg/darete/",
    "/bg/tsentrove/?town=Радомир",
    "/bg/tarsene/?q=деца",
    "/sitemap.xml",
]
# The settings module gunicorn and the in-process client load: production's, with STATIC_ROOT in
# a temporary folder, since production's is the project's staticfiles/ and not set from outside.
SETTINGS = """\
from sosbg.settings.production import *  # noqa: F403

STATIC_ROOT = {static_root!r}
"""


def percentile(values, p):
    """The p-th percentile (0-100), interpolated between the two nearest ranks."""
    ordered = sorted(values)
    if not ordered:
        raise ValueError("no values")
    rank = (len(ordered) - 1) * p / 100
    low = int(rank)
    high = min(low + 1, len(ordered) - 1)
    return ordered[low] + (ordered[high] - ordered[low]) * (rank - low)


def parse_stat(text):
    """(parent pid, utime + stime in clock ticks) from the text of /proc/<pid>/stat."""
    # The command name (field 2) is in parentheses and may itself hold spaces and parentheses.
    fields = text[text.rindex(")") + 2 :].split()
    return int(fields[1]), int(fields[11]) + int(fields[12])


def cpu_ticks(pid):
    with open(f"/proc/{pid}/stat") as stat:
        return parse_stat(stat.read())[1]


def children_of(pid):
    """The pids whose parent is pid."""
    children = []
    for entry in os.listdir("/proc"):
        if entry.isdigit():
            try:
                with open(f"/proc/{entry}/stat") as stat:
                    parent = parse_stat(stat.read())[0]
            except OSError:  # gone since listdir
                continue
            if parent == pid:
                children.append(int(entry))
    return sorted(children)


class Workers:
    """The CPU time of a set of processes, in milliseconds."""

    def __init__(self, pids):
        self.pids = pids
        self.tick_ms = 1000 / os.sysconf("SC_CLK_TCK")

    def cpu_ms(self):
        return sum(cpu_ticks(pid) for pid in self.pids) * self.tick_ms


def free_port():
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


class Target:
    """A server to request pages from, one connection per request (sync workers close them)."""

    def __init__(self, base_url):
        parts = urlsplit(base_url)
        self.https = parts.scheme == "https"
        self.netloc = parts.netloc
        self.prefix = parts.path.rstrip("/")

    def get(self, path):
        """(status, body, wall ms) of one GET."""
        connection_class = http.client.HTTPSConnection if self.https else http.client.HTTPConnection
        start = time.perf_counter()
        connection = connection_class(self.netloc, timeout=60)
        try:
            connection.request("GET", quote(self.prefix + path, safe="/?&=%:+,;@"))
            response = connection.getresponse()
            body = response.read()
        finally:
            connection.close()
        return response.status, body, (time.perf_counter() - start) * 1000


def production_env(folder):
    database = BENCH_DIR / "bench.sqlite3"
    static_root = Path(folder) / "static"
    (Path(folder) / "bench_settings.py").write_text(SETTINGS.format(static_root=str(static_root)))
    env = dict(os.environ)
    env.update(
        DJANGO_SETTINGS_MODULE="bench_settings",
        PYTHONPATH=os.pathsep.join(filter(None, [folder, os.environ.get("PYTHONPATH")])),
        SECRET_KEY="bench-throwaway-not-secret-" + "x" * 40,
        ALLOWED_HOSTS="127.0.0.1,localhost",
        SECURE_SSL_REDIRECT="false",
        DEBUG="false",
        DATABASE_URL=f"sqlite:///{database}",
        MEDIA_ROOT=str(BENCH_DIR / "media"),
    )
    return env, database, static_root


def manage(env, *command):
    # Only errors are shown: the loaders list every settlement and page they create.
    command = [sys.executable, str(ROOT / "manage.py"), *command]
    subprocess.run(command, env=env, cwd=ROOT, check=True, stdout=subprocess.DEVNULL)


def build_database(env, database, rebuild):
    """The seeded site in an SQLite file, built once: a half-built file is never reused."""
    if database.exists() and not rebuild:
        return
    print(f"Building the benchmark database in {database} (once)…", file=sys.stderr)
    BENCH_DIR.mkdir(parents=True, exist_ok=True)
    partial = database.with_suffix(".partial")
    partial.unlink(missing_ok=True)
    env = dict(env, DATABASE_URL=f"sqlite:///{partial}")
    manage(env, "migrate", "--noinput", "--verbosity", "0")
    manage(env, "load_settlements")
    manage(env, "load_content")
    partial.replace(database)


def count_and_save(env, paths, static_root):
    """Each page's SQL queries, counted in-process, and its body saved as a static file.

    Returns {path: (queries, static path)}.
    """
    os.environ.update(env)
    sys.path[:0] = [env["PYTHONPATH"].split(os.pathsep)[0], str(ROOT), str(ROOT / "site")]
    import django

    django.setup()
    from django.conf import settings
    from django.db import connection
    from django.test import Client
    from django.test.utils import CaptureQueriesContext

    client = Client(HTTP_HOST="127.0.0.1")
    folder = Path(static_root) / "bench"
    folder.mkdir(parents=True, exist_ok=True)
    result = {}
    for number, path in enumerate(paths, 1):
        client.get(path)  # warm: the server's workers are warm too
        with CaptureQueriesContext(connection) as queries:
            response = client.get(path)
        if response.status_code != 200:
            raise SystemExit(f"{path} answered {response.status_code} in-process")
        suffix = ".xml" if "xml" in response.get("Content-Type", "") else ".html"
        name = f"page-{number:02}{suffix}"
        (folder / name).write_bytes(response.content)
        result[path] = (len(queries), f"{settings.STATIC_URL}bench/{name}")
    connection.close()
    return result


def start_gunicorn(env, port, log):
    command = [sys.executable, "-m", "gunicorn", "--chdir", "site", "sosbg.wsgi"]
    command += ["--workers", str(WORKERS), "--worker-class", "sync", "--bind", f"127.0.0.1:{port}"]
    server = subprocess.Popen(command, env=env, cwd=ROOT, stdout=log, stderr=subprocess.STDOUT)
    deadline = time.monotonic() + 90
    while time.monotonic() < deadline:
        if server.poll() is not None:
            raise SystemExit(f"gunicorn exited ({server.returncode}); its log: {log.name}")
        workers = children_of(server.pid)
        if len(workers) == WORKERS:
            try:
                Target(f"http://127.0.0.1:{port}").get("/robots.txt")
                return server, workers
            except OSError:
                pass
        time.sleep(0.2)
    server.terminate()
    raise SystemExit(f"gunicorn did not answer in 90 s; its log: {log.name}")


def measure(target, workers, pages, rounds):
    """{url: (cpu ms per request or None, [wall ms], last body)}, the urls requested in turn."""
    samples = {url: ([], []) for url in pages}
    bodies = {}
    for url in pages:  # warm every worker on every page
        for _ in range(2 * WORKERS):
            status, bodies[url], _ = target.get(url)
            if status != 200:
                raise SystemExit(f"{url} answered {status}")
    for _ in range(rounds):
        for url in pages:
            before = workers.cpu_ms() if workers else 0
            status, bodies[url], wall = target.get(url)
            after = workers.cpu_ms() if workers else 0
            if status != 200:
                raise SystemExit(f"{url} answered {status}")
            samples[url][0].append(after - before)
            samples[url][1].append(wall)
    return {
        url: (sum(cpu) / len(cpu) if workers else None, walls, bodies[url])
        for url, (cpu, walls) in samples.items()
    }


FRONT_PATHS = ["/bg/", "/en/", "/bg/novini/", "/bg/tsentrove/veliko-tarnovo/"]
FRONT_CLIENTS = 4
FRONT_SECONDS = 3.0
FRONT_ROUNDS = 2
FRONT_STATIC = ROOT / "staticfiles"  # where the stack's nginx serves /static/ from


def stack_front_url():
    """The running stack's public address (scripts/prod.py), or None."""
    try:
        pid = int((ROOT / ".prod" / "run" / "nginx.pid").read_text())
        os.kill(pid, 0)
        lines = (ROOT / ".prod" / "env").read_text().splitlines()
    except (OSError, ValueError):
        return None
    values = dict(line.split("=", 1) for line in lines if "=" in line and not line.startswith("#"))
    return os.environ.get("SITE_URL", values.get("SITE_URL"))


def front_connection(parts):
    if parts.scheme == "https":
        context = ssl.create_default_context()
        context.check_hostname = False
        context.verify_mode = ssl.CERT_NONE  # the stack's certificate is self-signed
        return http.client.HTTPSConnection(parts.hostname, parts.port or 443, timeout=30, context=context)
    return http.client.HTTPConnection(parts.hostname, parts.port or 80, timeout=30)


def front_get(connection, path):
    """(status, headers, body) over a kept-alive connection, as a browser asks (gzip)."""
    connection.request("GET", quote(path, safe="/?&=%:+,;@"), headers={"Accept-Encoding": "gzip"})
    response = connection.getresponse()
    return response.status, response.headers, response.read()


def front_client(base_url, path, seconds, results):
    """One client: requests in a loop on one connection; puts (answers, not HIT, errors)."""
    parts = urlsplit(base_url)
    connection = front_connection(parts)
    answers = misses = errors = 0
    deadline = time.perf_counter() + seconds
    while time.perf_counter() < deadline:
        try:
            status, headers, _ = front_get(connection, path)
        except (OSError, http.client.HTTPException):
            errors += 1
            connection.close()
            connection = front_connection(parts)
            continue
        if status != 200:
            errors += 1
        answers += 1
        if not path.startswith("/static/") and headers.get("X-Cache-Status") != "HIT":
            misses += 1
    connection.close()
    results.put((answers, misses, errors))


def front_rate(base_url, path, clients, seconds):
    """Requests/s of `clients` processes asking for path at once, and the non-HITs and errors."""
    results = multiprocessing.Queue()
    workers = [
        multiprocessing.Process(target=front_client, args=(base_url, path, seconds, results))
        for _ in range(clients)
    ]
    for worker in workers:
        worker.start()
    totals = [results.get(timeout=seconds + 60) for _ in workers]
    for worker in workers:
        worker.join()
    answers, misses, errors = (sum(column) for column in zip(*totals, strict=True))
    return answers / seconds, misses, errors


def save_static_copy(base_url, path, folder, number):
    """The page's HTML as the front serves it, saved as a static file and its .gz; its /static/ path."""
    connection = front_connection(urlsplit(base_url))
    try:
        for _ in range(2):  # the second is from the cache
            status, headers, body = front_get(connection, path)
    finally:
        connection.close()
    if status != 200:
        raise SystemExit(f"{base_url}{path} answered {status} through the front server")
    if headers.get("Content-Encoding") == "gzip":
        body = gzip.decompress(body)
    name = f"front-{number:02}.html"
    (folder / name).write_bytes(body)
    (folder / f"{name}.gz").write_bytes(gzip.compress(body, compresslevel=9))
    return f"/static/bench/{name}"


def bench_front(base_url, paths, static_root, clients=FRONT_CLIENTS, seconds=FRONT_SECONDS):
    """Prints requests/s of each page from the front cache beside the same HTML as a static file."""
    host = urlsplit(base_url).hostname
    if host not in ("localhost", "127.0.0.1", "::1"):
        raise SystemExit(f"The front benchmark runs on the loopback only, not {host}.")
    folder = Path(static_root) / "bench"
    folder.mkdir(parents=True, exist_ok=True)
    try:
        statics = {path: save_static_copy(base_url, path, folder, n) for n, path in enumerate(paths, 1)}
        print(
            f"\nThe front server {base_url}: {clients} keep-alive clients, best of {FRONT_ROUNDS} × {seconds:g} s per address, gzip"
        )
        print(f"{'page':36} {'cached req/s':>12} {'static req/s':>12} {'ratio':>6}  not HIT  errors")
        ratios = []
        for path in paths:
            # Best of FRONT_ROUNDS, the two taking turns: on a shared machine a burst of other
            # work lowers one figure, never raises it.
            cached = static = misses = errors = static_errors = 0
            for _ in range(FRONT_ROUNDS):
                rate, round_misses, round_errors = front_rate(base_url, path, clients, seconds)
                cached, misses, errors = max(cached, rate), misses + round_misses, errors + round_errors
                rate, _, round_errors = front_rate(base_url, statics[path], clients, seconds)
                static, static_errors = max(static, rate), static_errors + round_errors
            ratios.append(cached / static)
            print(
                f"{path:36} {cached:12.0f} {static:12.0f} {cached / static:6.2f}  {misses:7}  {errors + static_errors:6}"
            )
        print(f"lowest ratio {min(ratios):.2f} (goal: at least 0.5)")
    finally:
        for file in folder.glob("front-*"):
            file.unlink()


def number(value, width, digits=1):
    return f"{'-':>{width}}" if value is None else f"{value:{width}.{digits}f}"


def report(paths, results, queries, statics, rounds, where):
    print(f"{rounds} rounds against {where}; ms per request")
    head = f"{'page':36} {'queries':>7} {'cpu ms':>7} {'p50 ms':>7} {'p95 ms':>7} {'bytes':>7} {'gzip':>6}"
    if statics:
        head += f" │ {'static cpu':>10} {'p50':>5}"
    print(head)
    for path in paths:
        cpu, walls, body = results[path]
        line = f"{path:36} {queries.get(path, '-'):>7} {number(cpu, 7)} "
        line += f"{percentile(walls, 50):7.1f} {percentile(walls, 95):7.1f} "
        line += f"{len(body):7} {len(gzip.compress(body, compresslevel=6)):6}"
        if statics:
            static_cpu, static_walls, _ = results[statics[path]]
            line += f" │ {number(static_cpu, 10)} {percentile(static_walls, 50):5.1f}"
        print(line)


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--rounds", type=int, default=30, help="requests per page (default 30)")
    parser.add_argument("--paths", nargs="+", default=PATHS, help="the pages to request, in turn")
    parser.add_argument("--base-url", help="measure this running server instead of starting one")
    parser.add_argument("--pids", type=int, nargs="+", help="with --base-url: its processes, for CPU")
    parser.add_argument("--rebuild", action="store_true", help="rebuild the database in .venv/bench/")
    parser.add_argument(
        "--front", default=os.environ.get("FRONT_URL"), help="the front server (default: the stack's)"
    )
    parser.add_argument("--front-static", default=FRONT_STATIC, help="the folder it serves /static/ from")
    parser.add_argument("--front-only", action="store_true", help="measure only the front server")
    args = parser.parse_args()

    front = args.front or stack_front_url()
    if args.front_only:
        if not front:
            raise SystemExit("No front server: start the stack (make prod) or pass --front URL.")
        bench_front(front, FRONT_PATHS, args.front_static)
        return

    if args.base_url:
        workers = None
        if args.pids:
            pids = set(args.pids)
            for pid in args.pids:
                pids.update(children_of(pid))
            workers = Workers(sorted(pids))
        results = measure(Target(args.base_url), workers, args.paths, args.rounds)
        report(args.paths, results, {}, {}, args.rounds, args.base_url)
        return

    with tempfile.TemporaryDirectory() as folder:
        env, database, static_root = production_env(folder)
        build_database(env, database, args.rebuild)
        print("Collecting the static files…", file=sys.stderr)
        manage(env, "collectstatic", "--noinput", "--verbosity", "0")
        counted = count_and_save(env, args.paths, static_root)
        queries = {path: count for path, (count, _) in counted.items()}
        statics = {path: url for path, (_, url) in counted.items()}
        port = free_port()
        with open(Path(folder) / "gunicorn.log", "w") as log:
            server, pids = start_gunicorn(env, port, log)
            try:
                pages = [url for path in args.paths for url in (path, statics[path])]
                results = measure(Target(f"http://127.0.0.1:{port}"), Workers(pids), pages, args.rounds)
                if children_of(server.pid) != pids:
                    print("A worker restarted during the run: its CPU is missing.", file=sys.stderr)
            finally:
                server.terminate()
                server.wait(timeout=30)
        where = f"gunicorn ({WORKERS} sync workers, production settings, SQLite {database.relative_to(ROOT)})"
        report(args.paths, results, queries, statics, args.rounds, where)
    if front:
        bench_front(front, FRONT_PATHS, args.front_static)
    else:
        print("\n(The front cache is measured too when the stack runs: make prod, or --front URL.)")


if __name__ == "__main__":
    main()
