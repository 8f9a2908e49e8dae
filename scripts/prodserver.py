"""The site under gunicorn with the production settings, on a database made for one run: what
scripts/fuzz.py and scripts/load.py start, and stop again whatever happens (Ctrl-C included).

Production settings with what a loopback run needs: DEBUG off, SECURE_SSL_REDIRECT off (plain
HTTP), a throwaway SECRET_KEY, ALLOWED_HOSTS 127.0.0.1 and localhost, STATIC_ROOT and MEDIA_ROOT
in the run's temporary folder. The database is an SQLite file in that folder, or the PostgreSQL
database DATABASE_URL names (on this machine only), created for the run and dropped after it.
"""

import contextlib
import ipaddress
import os
import secrets
import shutil
import signal
import socket
import subprocess
import sys
import time
from pathlib import Path
from urllib.parse import unquote, urlsplit

ROOT = Path(__file__).resolve().parents[1]
SETTINGS = """\
from sosbg.settings.production import *  # noqa: F403

STATIC_ROOT = {static_root!r}
"""


def is_loopback(host):
    if host == "localhost":
        return True
    try:
        return ipaddress.ip_address(host.strip("[]")).is_loopback
    except ValueError:
        return False


def refuse_unless_loopback(url, what):
    host = urlsplit(url).hostname or ""
    if not is_loopback(host):
        raise SystemExit(
            f"Refusing {what} {url}: only this machine (127.0.0.0/8, ::1, localhost) is allowed."
        )


def free_port():
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


@contextlib.contextmanager
def interruptible():
    """SIGTERM and SIGHUP end the run as Ctrl-C does, so every `finally` below still runs; and
    Ctrl-C itself, even when a shell started the run in the background with SIGINT ignored."""

    def stop(signum, frame):
        raise KeyboardInterrupt

    previous = {sig: signal.signal(sig, stop) for sig in (signal.SIGINT, signal.SIGTERM, signal.SIGHUP)}
    try:
        yield
    finally:
        for sig, handler in previous.items():
            signal.signal(sig, handler)


def production_env(folder, database_url=None, extra=None):
    folder = Path(folder)
    static_root = folder / "static"
    (folder / "run_settings.py").write_text(SETTINGS.format(static_root=str(static_root)))
    env = dict(os.environ)
    env.update(
        DJANGO_SETTINGS_MODULE="run_settings",
        PYTHONPATH=os.pathsep.join(filter(None, [str(folder), os.environ.get("PYTHONPATH")])),
        SECRET_KEY="throwaway-" + secrets.token_urlsafe(40),
        ALLOWED_HOSTS="127.0.0.1,localhost",
        SECURE_SSL_REDIRECT="false",
        DEBUG="false",
        DATABASE_URL=database_url or f"sqlite:///{folder / 'site.sqlite3'}",
        MEDIA_ROOT=str(folder / "media"),
        PYTHONUNBUFFERED="1",
    )
    env.update(extra or {})
    return env


def manage(env, *command, log=None):
    """Runs a management command; its chatter goes to `log` (the loaders list all they make)."""
    command = [sys.executable, str(ROOT / "manage.py"), *command]
    result = subprocess.run(
        command, env=env, cwd=ROOT, stdout=log or subprocess.DEVNULL, stderr=subprocess.PIPE, text=True
    )
    if result.returncode:
        raise SystemExit(f"manage.py {' '.join(command[2:])} failed:\n{result.stderr[-3000:]}")
    return result


def prepare_site(env, log=None):
    """Migrates, loads the settlements and the content, collects the static files."""
    for command in (
        ("migrate", "--noinput", "--verbosity", "0"),
        ("load_settlements",),
        ("load_content",),
        ("collectstatic", "--noinput", "--verbosity", "0"),
    ):
        print(f"  manage.py {command[0]}…", file=sys.stderr, flush=True)
        manage(env, *command, log=log)


# PostgreSQL: a database of its own for the run.


def postgres_parts(database_url):
    parts = urlsplit(database_url)
    if parts.scheme not in ("postgres", "postgresql", "pgsql"):
        return None
    refuse_unless_loopback(database_url, "the database")
    return parts, unquote(parts.path.lstrip("/"))


def postgres_admin(parts):
    import psycopg

    return psycopg.connect(
        host=parts.hostname,
        port=parts.port or 5432,
        user=unquote(parts.username or "postgres"),
        password=unquote(parts.password or "") or None,
        dbname="postgres",
        autocommit=True,
    )


def create_postgres_database(database_url, recreate):
    """Creates the run's database; an existing one is dropped first only when `recreate`."""
    parts, name = postgres_parts(database_url)
    from psycopg import sql

    with postgres_admin(parts) as admin:
        exists = admin.execute("SELECT 1 FROM pg_database WHERE datname = %s", [name]).fetchone()
        if exists and not recreate:
            raise SystemExit(
                f"The database {name} exists: pass --recreate-database to drop it and start afresh."
            )
        if exists:
            admin.execute(sql.SQL("DROP DATABASE {} WITH (FORCE)").format(sql.Identifier(name)))
        admin.execute(sql.SQL("CREATE DATABASE {}").format(sql.Identifier(name)))


def drop_postgres_database(database_url):
    parts, name = postgres_parts(database_url)
    from psycopg import sql

    with postgres_admin(parts) as admin:
        admin.execute(sql.SQL("DROP DATABASE IF EXISTS {} WITH (FORCE)").format(sql.Identifier(name)))


def postgres_ready(database_url):
    parts, _ = postgres_parts(database_url)
    with socket.socket() as sock:
        sock.settimeout(1)
        return sock.connect_ex((parts.hostname, parts.port or 5432)) == 0


@contextlib.contextmanager
def postgres_running(database_url):
    """Starts Debian's PostgreSQL cluster on the URL's port when it is down, and stops it after."""
    if postgres_ready(database_url):
        yield
        return
    port = str(postgres_parts(database_url)[0].port or 5432)
    listing = subprocess.run(["pg_lsclusters", "--no-header"], capture_output=True, text=True, check=True)
    cluster = next(
        (line.split()[:2] for line in listing.stdout.splitlines() if line.split()[2] == port), None
    )
    if not cluster:
        raise SystemExit(f"PostgreSQL is down and no cluster listens on port {port} (pg_lsclusters).")
    print(f"Starting PostgreSQL {'/'.join(cluster)}…", file=sys.stderr)
    subprocess.run(["pg_ctlcluster", *cluster, "start"], check=True)
    try:
        yield
    finally:
        print(f"Stopping PostgreSQL {'/'.join(cluster)}, started for this run.", file=sys.stderr)
        subprocess.run(["pg_ctlcluster", *cluster, "stop"], check=False)


@contextlib.contextmanager
def database(env, recreate=False):
    """The run's database exists inside the block: PostgreSQL's is created and then dropped."""
    url = env["DATABASE_URL"]
    if not postgres_parts(url):
        yield
        return
    with postgres_running(url):
        create_postgres_database(url, recreate)
        try:
            yield
        finally:
            drop_postgres_database(url)


# gunicorn.


def get_status(host, port, path, timeout=5):
    with socket.create_connection((host, port), timeout=timeout) as sock:
        sock.sendall(f"GET {path} HTTP/1.1\r\nHost: 127.0.0.1\r\nConnection: close\r\n\r\n".encode())
        first = sock.recv(64)
    return int(first.split()[1])


@contextlib.contextmanager
def gunicorn(env, port, log_path, workers=2, host="127.0.0.1"):
    """gunicorn serving the site on host:port, its output (Django's tracebacks included) in
    log_path; stopped, with its workers, when the block ends."""
    command = [sys.executable, "-m", "gunicorn", "--chdir", "site", "sosbg.wsgi"]
    command += ["--workers", str(workers), "--worker-class", "sync", "--bind", f"{host}:{port}"]
    command += ["--timeout", "60", "--no-control-socket", "--error-logfile", "-"]
    with open(log_path, "ab") as log:
        # Its own process group: a Ctrl-C reaches us, and we stop it after its last request.
        server = subprocess.Popen(
            command, env=env, cwd=ROOT, stdout=log, stderr=subprocess.STDOUT, start_new_session=True
        )
    try:
        deadline = time.monotonic() + 90
        while True:
            if server.poll() is not None:
                raise SystemExit(f"gunicorn exited ({server.returncode}); its log: {log_path}")
            try:
                if get_status(host, port, "/robots.txt") == 200:
                    break
            except OSError:
                pass
            if time.monotonic() > deadline:
                raise SystemExit(f"gunicorn did not answer in 90 s; its log: {log_path}")
            time.sleep(0.3)
        yield server
    finally:
        stop_process_group(server)


def stop_process_group(process):
    if process.poll() is not None:
        return
    os.killpg(process.pid, signal.SIGTERM)
    try:
        process.wait(timeout=30)
    except subprocess.TimeoutExpired:
        os.killpg(process.pid, signal.SIGKILL)
        process.wait()


def keep_folder(folder, keep_to):
    """Copies the run's logs somewhere that outlives its temporary folder."""
    if keep_to:
        Path(keep_to).mkdir(parents=True, exist_ok=True)
        for log in Path(folder).glob("*.log"):
            shutil.copy(log, Path(keep_to) / log.name)
