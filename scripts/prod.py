"""The production stack on this machine, from one command: `make prod`, `make prod-status`, `make prod-stop`.

    up      PostgreSQL and Redis (started if down), migrations, the settlements and the content
            (both safe to repeat), collectstatic, gunicorn with the production settings on the
            loopback, the task worker, and nginx in front (TLS, static and media, gzip, the page
            cache purged on publish). Run again, it reloads what runs.
    status  what runs, and the health check through the front server
    stop    stops everything it started (PostgreSQL and Redis only if it started them)
    manage  runs manage.py with the stack's configuration: `scripts/prod.py manage createsuperuser`
    run     runs one of our Python scripts with it: `scripts/prod.py run scripts/load.py` (make load)

Configuration: .prod/env (generated on the first run with a random SECRET_KEY; edit it, it is
never overwritten and never committed); a variable set in the environment of the command wins
over the file. Logs in .prod/logs/, pid files in .prod/run/, nginx's config, cache and
certificate in .prod/nginx/ and .prod/tls/. The nginx template is deploy/nginx.conf.template.
"""

import os
import secrets
import shutil
import signal
import ssl
import subprocess
import sys
import time
import urllib.error
import urllib.request
from pathlib import Path
from urllib.parse import urlsplit

ROOT = Path(__file__).resolve().parents[1]
PROD = ROOT / ".prod"
LOGS, RUN, NGINX, TLS = PROD / "logs", PROD / "run", PROD / "nginx", PROD / "tls"
ENV_FILE = PROD / "env"
PYTHON = str(ROOT / ".venv" / "bin" / "python")
PURGE_MODULE = "/usr/lib/nginx/modules/ngx_http_cache_purge_module.so"

DEFAULT_ENV = """\
# The production stack's configuration (scripts/prod.py, README "Production stack").
# Generated once; edit freely: it is never overwritten, and .prod/ is never committed.
# A variable set in the environment of `make prod` wins over this file.
DJANGO_SETTINGS_MODULE=sosbg.settings.production
SECRET_KEY={secret_key}
DATABASE_URL=postgres://postgres@127.0.0.1:5432/sosprod
REDIS_URL=redis://127.0.0.1:6379/1
# The public address: the Wagtail Site's host, port and scheme (manage.py configure_site), the
# links in e-mails, the host nginx serves (any other host is redirected to it).
SITE_URL=https://localhost
WAGTAILADMIN_BASE_URL=https://localhost
ALLOWED_HOSTS=localhost
CSRF_TRUSTED_ORIGINS=https://localhost
# nginx terminates TLS with a self-signed certificate (.prod/tls/) and says so in
# X-Forwarded-Proto, so the production settings (SECURE_SSL_REDIRECT, Secure cookies) hold as on a
# real host. HSTS off here only: a browser would keep it for every port of localhost.
SECURE_HSTS_SECONDS=0
SECURE_HSTS_PRELOAD=false
# The client's address comes from X-Forwarded-For only when the request comes from nginx.
TRUSTED_PROXIES=127.0.0.1
# Tasks (notification e-mails, cache purges) wait in the database for the worker (db_worker).
TASKS_BACKEND=database
# No mail server here: e-mails are written to the worker's log. A real host sets EMAIL_HOST,
# EMAIL_PORT, EMAIL_HOST_USER, EMAIL_HOST_PASSWORD and removes this line.
EMAIL_BACKEND=django.core.mail.backends.console.EmailBackend
# Browsers keep a public page a minute; nginx ten, purged on publish.
PUBLIC_CACHE_SECONDS=60
PUBLIC_CACHE_SHARED_SECONDS=600
FRONTEND_CACHE_PURGE_URL=http://127.0.0.1:80
# The standard ports, as on a real host (binding them needs root or CAP_NET_BIND_SERVICE): Wagtail
# writes a Site's address as https only on port 443, so the canonical links, sitemap and feeds name
# https://localhost/ as they would name the real domain.
FRONT_HTTP_PORT=80
FRONT_HTTPS_PORT=443
GUNICORN_BIND=127.0.0.1:8114
# Empty: two per CPU core plus one.
GUNICORN_WORKERS=
LOG_LEVEL=INFO
"""


def say(message):
    print(f"prod: {message}", flush=True)


def read_env():
    """.prod/env (made on the first run), with the process environment winning."""
    PROD.mkdir(exist_ok=True)
    if not ENV_FILE.exists():
        ENV_FILE.write_text(DEFAULT_ENV.format(secret_key=secrets.token_urlsafe(50)))
        ENV_FILE.chmod(0o600)
        say(f"wrote {ENV_FILE.relative_to(ROOT)} with a new SECRET_KEY")
    values = {}
    for line in ENV_FILE.read_text().splitlines():
        line = line.strip()
        if line and not line.startswith("#") and "=" in line:
            name, value = line.split("=", 1)
            values[name.strip()] = os.environ.get(name.strip(), value.strip())
    return values


def process_env(config):
    env = dict(os.environ)
    env.update({name: value for name, value in config.items() if value != ""})
    return env


def manage(env, *command, check=True):
    """manage.py with its output in .prod/logs/manage.log (the loaders list every row they make)."""
    with open(LOGS / "manage.log", "a") as log:
        done = subprocess.run([PYTHON, "manage.py", *command], cwd=ROOT, env=env, stdout=log, stderr=log)
    if check and done.returncode:
        raise SystemExit(f"prod: manage.py {' '.join(command)} failed; see .prod/logs/manage.log")
    return done


def has_command(env, name):
    return manage(env, "help", name, check=False).returncode == 0


def pid_alive(name):
    path = RUN / f"{name}.pid"
    try:
        pid = int(path.read_text().strip())
        os.kill(pid, 0)
        return pid
    except (OSError, ValueError):
        return None


def wait_for(what, test, seconds):
    deadline = time.monotonic() + seconds
    while time.monotonic() < deadline:
        if test():
            return True
        time.sleep(0.3)
    raise SystemExit(f"prod: {what} did not come up in {seconds} s (logs in {LOGS.relative_to(ROOT)}/)")


# --- PostgreSQL ---


def database_ready(url):
    import psycopg

    parts = urlsplit(url)
    try:
        with psycopg.connect(
            host=parts.hostname, port=parts.port or 5432, user=parts.username or "postgres",
            password=parts.password, dbname="postgres", connect_timeout=3,
        ):  # fmt: skip
            return True
    except psycopg.OperationalError:
        return False


def local_cluster():
    versions = sorted(os.listdir("/etc/postgresql")) if Path("/etc/postgresql").is_dir() else []
    return versions[-1] if versions else None


def ensure_postgres(config):
    url = config["DATABASE_URL"]
    if not url.startswith("postgres"):
        return
    if not database_ready(url):
        version = local_cluster()
        if urlsplit(url).hostname not in ("127.0.0.1", "localhost") or not version or os.geteuid() != 0:
            raise SystemExit(f"prod: PostgreSQL at {url} does not answer; start it and run again")
        say(f"starting PostgreSQL {version}")
        subprocess.run(["pg_ctlcluster", "--skip-systemctl-redirect", version, "main", "start"], check=True)
        (RUN / "postgresql.started").write_text(version)
        wait_for("PostgreSQL", lambda: database_ready(url), 30)
    create_database(url)


def create_database(url):
    import psycopg
    from psycopg import sql

    parts = urlsplit(url)
    name = parts.path.lstrip("/")
    with psycopg.connect(
        host=parts.hostname, port=parts.port or 5432, user=parts.username or "postgres",
        password=parts.password, dbname="postgres", autocommit=True,
    ) as connection:  # fmt: skip
        if not connection.execute("SELECT 1 FROM pg_database WHERE datname = %s", [name]).fetchone():
            say(f"creating the database {name}")
            connection.execute(sql.SQL("CREATE DATABASE {}").format(sql.Identifier(name)))


# --- Redis ---


def redis_ready(url):
    import redis

    try:
        return redis.Redis.from_url(url, socket_timeout=1, socket_connect_timeout=1).ping()
    except redis.RedisError:
        return False


def ensure_redis(config):
    url = config.get("REDIS_URL")
    if not url or redis_ready(url):
        return
    parts = urlsplit(url)
    if parts.hostname not in ("127.0.0.1", "localhost") or not shutil.which("redis-server"):
        raise SystemExit(f"prod: Redis at {url} does not answer; start it and run again")
    say("starting Redis")
    (PROD / "redis").mkdir(exist_ok=True)
    subprocess.run(
        ["redis-server", "--bind", "127.0.0.1", "--port", str(parts.port or 6379), "--daemonize", "yes",
         "--pidfile", str(RUN / "redis.pid"), "--logfile", str(LOGS / "redis.log"),
         "--dir", str(PROD / "redis"), "--save", "", "--maxmemory", "128mb"],
        check=True,
    )  # fmt: skip
    wait_for("Redis", lambda: redis_ready(url), 15)


# --- the site ---


def prepare_site(env):
    say("migrating, loading the settlements and the content, collecting the static files")
    manage(env, "migrate", "--noinput")
    manage(env, "load_settlements")
    manage(env, "load_content")
    manage(env, "collectstatic", "--noinput")
    if has_command(env, "configure_site"):
        manage(env, "configure_site")
    else:
        # Until configure_site exists: the Site's host and port from SITE_URL, which the purge
        # requests name (wagtail.contrib.frontend_cache) and nginx keys its cache on.
        site = urlsplit(env["SITE_URL"])
        port = site.port or (443 if site.scheme == "https" else 80)
        code = (
            "from wagtail.models import Site; "
            f"Site.objects.filter(is_default_site=True).update(hostname={site.hostname!r}, port={port})"
        )
        manage(env, "shell", "-c", code)


def gunicorn_workers(config):
    return config.get("GUNICORN_WORKERS") or str(2 * (os.cpu_count() or 1) + 1)


def start_gunicorn(env, config):
    if pid := pid_alive("gunicorn"):
        say("gunicorn runs: reloading its workers")
        os.kill(pid, signal.SIGHUP)
        return
    say(f"starting gunicorn on {config['GUNICORN_BIND']} ({gunicorn_workers(config)} workers)")
    subprocess.run(
        [PYTHON, "-m", "gunicorn", "--chdir", "site", "sosbg.wsgi",
         "--bind", config["GUNICORN_BIND"], "--workers", gunicorn_workers(config),
         # A worker stuck on a request is replaced after 30 s; each is renewed after a few
         # thousand requests, so that memory stays bounded.
         "--timeout", "30", "--graceful-timeout", "10",
         "--max-requests", "5000", "--max-requests-jitter", "500",
         "--forwarded-allow-ips", "127.0.0.1",
         "--daemon", "--pid", str(RUN / "gunicorn.pid"),
         "--control-socket", str(RUN / "gunicorn.ctl"),
         "--access-logfile", str(LOGS / "gunicorn-access.log"),
         "--error-logfile", str(LOGS / "gunicorn.log"), "--capture-output"],
        cwd=ROOT, env=env, check=True,
    )  # fmt: skip
    wait_for("gunicorn", lambda: pid_alive("gunicorn"), 30)


def start_worker(env):
    stop_process("worker")  # picks up new code: a task is only ever taken inside a transaction
    if not has_command(env, "db_worker"):
        if env.get("TASKS_BACKEND") == "database":
            say("no `manage.py db_worker` in this checkout: tasks run in the request")
        return
    say("starting the task worker (manage.py db_worker)")
    with open(LOGS / "worker.log", "a") as log:
        worker = subprocess.Popen(
            [PYTHON, "manage.py", "db_worker"], cwd=ROOT, env=env, stdout=log, stderr=subprocess.STDOUT,
            stdin=subprocess.DEVNULL, start_new_session=True,
        )  # fmt: skip
    (RUN / "worker.pid").write_text(str(worker.pid))


# --- nginx ---


def has_ipv6_loopback():
    try:
        return any(line.split()[-1] == "lo" for line in Path("/proc/net/if_inet6").read_text().splitlines())
    except OSError:
        return False


def ensure_certificate(host):
    TLS.mkdir(exist_ok=True)
    if (TLS / "cert.pem").exists():
        return
    say(f"making a self-signed certificate for {host} (.prod/tls/)")
    subprocess.run(
        ["openssl", "req", "-x509", "-newkey", "rsa:2048", "-nodes", "-days", "825",
         "-keyout", str(TLS / "key.pem"), "-out", str(TLS / "cert.pem"), "-subj", f"/CN={host}",
         "-addext", f"subjectAltName=DNS:{host},DNS:localhost,IP:127.0.0.1,IP:::1"],
        check=True, capture_output=True,
    )  # fmt: skip
    (TLS / "key.pem").chmod(0o600)


def nginx_config(env, config):
    site_host = urlsplit(config["SITE_URL"]).hostname
    values = {
        "PURGE_MODULE": PURGE_MODULE,
        # Run as root (here, CI), nginx's workers drop to www-data, which owns the cache.
        "USER": "user www-data;" if os.geteuid() == 0 else "",
        "RUN": RUN,
        "LOGS": LOGS,
        "NGINX": NGINX,
        "TLS": TLS,
        "GUNICORN": config["GUNICORN_BIND"],
        "HTTP_PORT": config["FRONT_HTTP_PORT"],
        "HTTPS_PORT": config["FRONT_HTTPS_PORT"],
        "SITE_HOST": site_host,
        "V6": "" if has_ipv6_loopback() else "# ",
        "STATIC_ROOT": ROOT / "staticfiles",
        "MEDIA_ROOT": Path(env.get("MEDIA_ROOT") or ROOT / "media").resolve(),
        "SESSION_COOKIE": env.get("SESSION_COOKIE_NAME", "sessionid"),
    }
    text = (ROOT / "deploy" / "nginx.conf.template").read_text()
    for name, value in values.items():
        text = text.replace(f"@@{name}@@", str(value))
    return text


def start_nginx(env, config):
    if not Path(PURGE_MODULE).exists() or not shutil.which("nginx"):
        raise SystemExit(
            "prod: the front server needs nginx and its cache purge module:\n"
            "    apt-get install nginx libnginx-mod-http-cache-purge"
        )
    ensure_certificate(urlsplit(config["SITE_URL"]).hostname)
    for folder in ("cache", "tmp"):
        (NGINX / folder).mkdir(parents=True, exist_ok=True)
        if os.geteuid() == 0:
            shutil.chown(NGINX / folder, "www-data", "www-data")
    (ROOT / "media").mkdir(exist_ok=True)
    (NGINX / "nginx.conf").write_text(nginx_config(env, config))
    nginx = ["nginx", "-p", str(NGINX), "-c", str(NGINX / "nginx.conf"), "-e", str(LOGS / "nginx-error.log")]
    subprocess.run([*nginx, "-t", "-q"], check=True)
    if pid_alive("nginx"):
        say("nginx runs: reloading its configuration")
        subprocess.run([*nginx, "-s", "reload"], check=True)
    else:
        say(f"starting nginx on :{config['FRONT_HTTP_PORT']} and :{config['FRONT_HTTPS_PORT']} (TLS)")
        subprocess.run(nginx, check=True)
        wait_for("nginx", lambda: pid_alive("nginx"), 10)


# --- health ---


def get(url, timeout=10):
    """(status, headers) of a GET, the certificate not checked (it is self-signed)."""
    context = ssl.create_default_context()
    context.check_hostname = False
    context.verify_mode = ssl.CERT_NONE
    opener = urllib.request.build_opener(urllib.request.HTTPSHandler(context=context), NoRedirect)
    try:
        with opener.open(url, timeout=timeout) as response:
            return response.status, response.headers
    except urllib.error.HTTPError as error:
        return error.code, error.headers


class NoRedirect(urllib.request.HTTPRedirectHandler):
    def redirect_request(self, *args, **kwargs):
        return None


def health(config):
    """The health endpoint through the front server, or the home page where there is none yet
    (then /health/ is an ordinary address: a redirect to a language, or a 404)."""
    base = config["SITE_URL"].rstrip("/")
    try:
        status, _ = get(f"{base}/health/")
        if status in (301, 302, 404):
            status, _ = get(f"{base}/bg/")
        return status
    except OSError:
        return None


# --- stop ---


def stop_process(name, seconds=20):
    pid = pid_alive(name)
    if pid:
        # nginx and gunicorn end gracefully on SIGQUIT / SIGTERM respectively, the worker on SIGTERM.
        os.kill(pid, signal.SIGQUIT if name == "nginx" else signal.SIGTERM)
        deadline = time.monotonic() + seconds
        while time.monotonic() < deadline and pid_alive(name):
            time.sleep(0.2)
        if pid_alive(name):
            os.killpg(pid, signal.SIGKILL) if name == "worker" else os.kill(pid, signal.SIGKILL)
        say(f"stopped {name}")
    (RUN / f"{name}.pid").unlink(missing_ok=True)


def stop():
    for name in ("nginx", "worker", "gunicorn", "redis"):
        stop_process(name)
    started = RUN / "postgresql.started"
    if started.exists():
        version = started.read_text().strip()
        subprocess.run(["pg_ctlcluster", "--skip-systemctl-redirect", version, "main", "stop"], check=False)
        started.unlink()
        say(f"stopped PostgreSQL {version}")


def status(config):
    for name in ("nginx", "gunicorn", "worker", "redis"):
        pid = pid_alive(name)
        print(f"{name:10} {'running, pid ' + str(pid) if pid else '-'}")
    if (RUN / "postgresql.started").exists():
        print("postgresql started by make prod")
    code = health(config)
    print(f"health     {config['SITE_URL']}: {code or 'no answer'}")
    return code == 200


def up():
    for folder in (LOGS, RUN):
        folder.mkdir(parents=True, exist_ok=True)
    config = read_env()
    env = process_env(config)
    ensure_postgres(config)
    ensure_redis(config)
    prepare_site(env)
    start_gunicorn(env, config)
    start_worker(env)
    start_nginx(env, config)
    wait_for("the site through nginx", lambda: health(config) == 200, 60)
    say(
        f"up: {config['SITE_URL']}/ (self-signed certificate; curl -k). Logs in .prod/logs/, `make prod-stop` stops it."
    )


def main():
    command = sys.argv[1] if len(sys.argv) > 1 else "up"
    if command == "up":
        up()
    elif command == "stop":
        RUN.mkdir(parents=True, exist_ok=True)
        stop()
    elif command == "manage":
        env = process_env(read_env())
        os.chdir(ROOT)
        os.execve(PYTHON, [PYTHON, "manage.py", *sys.argv[2:]], env)
    elif command == "run":  # a script of ours with the stack's environment (make load)
        env = process_env(read_env())
        os.chdir(ROOT)
        os.execve(PYTHON, [PYTHON, *sys.argv[2:]], env)
    elif command == "status":
        sys.exit(0 if status(read_env()) else 1)
    else:
        raise SystemExit(__doc__)


if __name__ == "__main__":
    main()
