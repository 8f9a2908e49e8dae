"""Simulated visitors against a running site, then a count of what reached the database and the mail.

Each of --users threads is one visitor with a loopback address of its own (127.0.0.10, .11, …:
Linux routes all of 127.0.0.0/8 to lo, so the server sees distinct clients). For --duration
seconds each reads pages, uses the centre finder and search, writes to a centre (or the network)
and signs the declaration as a browser does: the form first, for its CSRF cookie and token, then
the POST. A visitor sends each form family (contact, declaration) at most as many POSTs as the
per-address rate limit allows in its window (SUBMISSION_RATE_LIMIT_COUNT per
SUBMISSION_RATE_LIMIT_SECONDS, 5 per 600 s by default), so a 429 is not expected; one is counted
apart as "limited", not as an error.

It prints requests, errors (5xx, connection failures, any other unexpected status), p50/p95 per
kind and the accepted POSTs; then it checks, through `manage.py shell` with its own environment
(give it the server's: DATABASE_URL, DJANGO_SETTINGS_MODULE, SECRET_KEY…), that the contact
messages and signatures this run stored (each carries the run's id) are exactly its accepted
POSTs, none twice, and that each message's notification reached the SMTP sink it runs on
--smtp-port exactly once, waiting (at most --drain-timeout s) for a task worker to send them. The
server must send its mail there: EMAIL_HOST=127.0.0.1 EMAIL_PORT=2527 EMAIL_USE_TLS=false, and
an address to notify (a centre's, or CONTACT_FALLBACK_EMAIL). Exits 1 if any check fails.

    make load                                      (against BASE_URL, default https://localhost)
    .venv/bin/python scripts/load.py --users 5 --duration 30 --base-url http://127.0.0.1:8115
    .venv/bin/python scripts/load.py --serve --users 5 --duration 30
        (starts its own gunicorn with production settings on --port, 8115, on a fresh database)
"""

import argparse
import collections
import email
import email.policy
import json
import os
import random
import re
import secrets
import socketserver
import ssl
import subprocess
import sys
import tempfile
import threading
import time
from http import client as http_client
from pathlib import Path
from urllib.parse import quote, urlencode, urljoin, urlsplit

sys.path.insert(0, str(Path(__file__).resolve().parent))
import prodserver  # noqa: E402
from fuzz import FormReader  # noqa: E402

TOWNS = [
    "Перник",
    "Радомир",
    "Габрово",
    "Казанлък",
    "Разлог",
    "Трявна",
    "Велико Търново",
    "София",
    "Банско",
    "Pernik",
]
WORDS = [
    "деца",
    "логопед",
    "семейство",
    "център",
    "психолог",
    "children",
    "speech therapy",
    "family",
    "Перник",
]
# What a visitor does, and how often (out of the weights' sum).
ACTIONS = {"page": 50, "finder": 15, "search": 15, "contact": 10, "declaration": 10}
THINK_SECONDS = (0.3, 1.5)


# A minimal SMTP server: enough of RFC 5321 for Django's smtplib client, keeping each message.


class SmtpHandler(socketserver.StreamRequestHandler):
    timeout = 60

    def reply(self, line):
        self.wfile.write(line.encode() + b"\r\n")

    def handle(self):
        self.reply("220 load-sink ESMTP")
        while True:
            line = self.rfile.readline(10_000)
            if not line:
                return
            verb = line.split(b" ", 1)[0].strip().upper()
            if verb == b"EHLO":
                self.wfile.write(b"250-load-sink\r\n250-8BITMIME\r\n250-SMTPUTF8\r\n250 SIZE 10000000\r\n")
            elif verb in (b"HELO", b"MAIL", b"RCPT", b"RSET", b"NOOP"):
                self.reply("250 OK")
            elif verb == b"DATA":
                self.reply("354 End data with <CR><LF>.<CR><LF>")
                lines = []
                for data in iter(lambda: self.rfile.readline(1_000_000), b""):
                    if data in (b".\r\n", b".\n"):
                        break
                    lines.append(data[1:] if data.startswith(b"..") else data)
                self.server.keep(b"".join(lines))
                self.reply("250 OK queued")
            elif verb == b"QUIT":
                self.reply("221 Bye")
                return
            else:
                self.reply("502 Command not implemented")


class SmtpSink(socketserver.ThreadingTCPServer):
    daemon_threads = True
    allow_reuse_address = True

    def __init__(self, port):
        super().__init__(("127.0.0.1", port), SmtpHandler)
        self.messages = []
        self.lock = threading.Lock()

    def keep(self, raw):
        with self.lock:
            self.messages.append(text_of(raw))

    def texts(self):
        with self.lock:
            return list(self.messages)


def text_of(raw):
    """Every text part of a message, decoded (bodies may be quoted-printable or base64)."""
    message = email.message_from_bytes(raw, policy=email.policy.default)
    parts = [str(message.get("Subject", ""))]
    for part in message.walk():
        if part.get_content_maintype() == "text":
            parts.append(part.get_content())
    return "\n".join(parts)


# One visitor.


class Visitor:
    def __init__(self, number, base_url, site, run_id, limit, stats):
        self.number = number
        self.address = f"127.0.0.{10 + number}"
        parts = urlsplit(base_url)
        self.base_url = base_url.rstrip("/")
        self.netloc = parts.netloc
        self.site = site
        self.run_id = run_id
        self.limit_count, self.limit_seconds = limit
        self.stats = stats
        self.rng = random.Random(f"{run_id}-{number}")
        self.cookies = {}
        self.posted = collections.defaultdict(list)  # form family: times of POSTs
        self.serial = 0

    def request(self, kind, method, path, body=None, headers=None, expect=(200,)):
        """(status, headers, body) of one request, recorded under `kind`; None on a failure."""
        connection = connect(self.base_url, timeout=60, source_address=(self.address, 0))
        headers = dict(headers or {})
        headers.setdefault("Host", self.netloc)
        headers.setdefault("User-Agent", f"sosbg-load/{self.number}")
        headers.setdefault("Accept-Language", self.rng.choice(["bg", "en", "bg,en;q=0.8"]))
        if self.cookies:
            headers["Cookie"] = "; ".join(f"{name}={value}" for name, value in self.cookies.items())
        started = time.perf_counter()
        try:
            connection.request(method, path, body=body, headers=headers)
            response = connection.getresponse()
            content = response.read()
        except (OSError, http_client.HTTPException) as error:
            self.stats.record(
                kind, None, time.perf_counter() - started, f"{method} {path}: {type(error).__name__}: {error}"
            )
            return None
        finally:
            connection.close()
        for cookie in response.headers.get_all("Set-Cookie") or []:
            name, _, rest = cookie.partition("=")
            self.cookies[name.strip()] = rest.split(";", 1)[0]
        problem = None
        if response.status >= 500 or (response.status not in expect and response.status != 429):
            problem = f"{method} {path}: {response.status}"
        self.stats.record(kind, response.status, time.perf_counter() - started, problem)
        return response.status, response.headers, content

    def run(self, deadline):
        names, weights = list(ACTIONS), list(ACTIONS.values())
        while time.monotonic() < deadline:
            getattr(self, self.rng.choices(names, weights)[0])()
            time.sleep(self.rng.uniform(*THINK_SECONDS))

    def page(self):
        path = self.rng.choice(self.site["pages"])
        self.request("page", "GET", quote_path(path), expect=(200, 301, 302))

    def finder(self):
        path = self.rng.choice(self.site["finders"])
        self.request("finder", "GET", f"{path}?{urlencode({'town': self.rng.choice(TOWNS)})}")

    def search(self):
        path = self.rng.choice(self.site["searches"])
        self.request("search", "GET", f"{path}?{urlencode({'q': self.rng.choice(WORDS)})}")

    def may_post(self, family):
        """Under the rate limit: fewer POSTs of this family than it allows in its window."""
        now = time.monotonic()
        recent = [moment for moment in self.posted[family] if now - moment < self.limit_seconds]
        self.posted[family] = recent
        return len(recent) < self.limit_count

    def contact(self):
        path = self.rng.choice(self.site["contacts"])
        form = self.form("contact_form", path)
        if not form or not self.may_post("contact"):
            return
        token = self.token()
        fields = {}
        for name, field in form["fields"].items():
            if name in ("website", "csrfmiddlewaretoken"):
                continue
            if field["type"] == "checkbox":
                fields[name] = "on"
            elif field["type"] == "select":
                fields[name] = next((option for option in field["options"] if option), "")
            elif name == "message" or field["type"] == "textarea":
                fields[name] = f"Load test message {token}. Моля, игнорирайте."
            elif name == "contact" or field["type"] == "email":
                fields[name] = f"{token}@example.org"
            else:
                fields[name] = f"Load {self.number}"
        outcome = self.post("contact_post", path, form, fields, expect=(200,))
        if outcome == 200:
            self.stats.accepted("contact", token)

    def declaration(self):
        path = self.rng.choice(self.site["declarations"])
        form = self.form("declaration_form", path)
        if not form or not self.may_post("declaration"):
            return
        token = self.token()
        fields = {"name": f"Load {token}", "town": "Перник", "email": f"{token}@example.org", "consent": "on"}
        if self.rng.random() < 0.5:
            fields["show_publicly"] = "on"
        outcome = self.post("declaration_post", path, form, fields, expect=(302,))
        if outcome == 302:
            self.stats.accepted("declaration", token)

    def token(self):
        self.serial += 1
        return f"{self.run_id}-u{self.number:02}-{self.serial}"

    def form(self, kind, path):
        result = self.request(kind, "GET", quote_path(path))
        if not result or result[0] != 200:
            return None
        reader = FormReader()
        reader.feed(result[2].decode("utf-8", "replace"))
        forms = [form for form in reader.forms if form["method"] == "post"]
        if not forms or "csrftoken" not in self.cookies:
            self.stats.problem(f"GET {path}: no form or no CSRF cookie")
            return None
        return forms[0]

    def post(self, kind, path, form, fields, expect):
        fields = dict(fields, csrfmiddlewaretoken=form["fields"]["csrfmiddlewaretoken"]["value"])
        action = urlsplit(urljoin(path, form["action"] or path)).path
        headers = {
            "Content-Type": "application/x-www-form-urlencoded",
            # What a browser sends; Django checks it over HTTPS.
            "Referer": self.base_url + quote_path(path),
            "Origin": self.base_url,
        }
        self.posted[kind.split("_")[0]].append(time.monotonic())
        result = self.request(kind, "POST", quote_path(action), urlencode(fields).encode(), headers, expect)
        if not result:
            return None
        if result[0] == 302:  # the thank-you page, as a browser follows
            self.request(kind.replace("post", "thanks"), "GET", urlsplit(result[1]["Location"]).path)
        return result[0]


def quote_path(path):
    return quote(path, safe="/?&=%:+,;@")


class Stats:
    def __init__(self):
        self.lock = threading.Lock()
        self.times = collections.defaultdict(list)
        self.statuses = collections.Counter()
        self.errors = []
        self.limited = collections.Counter()
        self.tokens = collections.defaultdict(list)

    def record(self, kind, status, seconds, problem):
        with self.lock:
            self.times[kind].append(seconds * 1000)
            self.statuses[status or "connection error"] += 1
            if status == 429:
                self.limited[kind] += 1
            elif problem:
                self.errors.append(problem)

    def problem(self, what):
        with self.lock:
            self.errors.append(what)

    def accepted(self, family, token):
        with self.lock:
            self.tokens[family].append(token)


def connect(base_url, **kwargs):
    """A connection to the loopback site at `base_url`. The production stack (`make prod`) answers
    https://localhost with a self-signed certificate, so over HTTPS the certificate is not
    checked (the target is always loopback); "localhost" is dialled as 127.0.0.1, as a 127.0.0.X
    source address cannot reach ::1. The Host header still names `base_url`'s host."""
    parts = urlsplit(base_url)
    host = "127.0.0.1" if parts.hostname == "localhost" else parts.hostname
    if parts.scheme == "https":
        return http_client.HTTPSConnection(
            host, parts.port or 443, context=ssl._create_unverified_context(), **kwargs
        )
    return http_client.HTTPConnection(host, parts.port or 80, **kwargs)


def percentile(values, p):
    ordered = sorted(values)
    rank = (len(ordered) - 1) * p / 100
    low = int(rank)
    high = min(low + 1, len(ordered) - 1)
    return ordered[low] + (ordered[high] - ordered[low]) * (rank - low)


def learn_site(base_url):
    """The pages, finders, searches, contact forms and declarations, from the sitemap."""
    connection = connect(base_url, timeout=60)
    connection.request("GET", "/sitemap.xml", headers={"Host": urlsplit(base_url).netloc})
    response = connection.getresponse()
    body = response.read().decode()
    connection.close()
    if response.status != 200:
        raise SystemExit(f"{base_url}/sitemap.xml answered {response.status}")
    pages = sorted({urlsplit(loc).path for loc in re.findall(r"<loc>([^<]+)</loc>", body)})
    site = {
        "pages": pages,
        "finders": [p for p in pages if p in ("/bg/tsentrove/", "/en/centres/")],
        "searches": ["/bg/tarsene/", "/en/search/"],
        "contacts": [
            p
            for p in pages
            if p.rstrip("/").endswith(
                ("pishete-ni", "write-to-us", "pishete-na-mrezhata", "write-to-the-network")
            )
        ],
        "declarations": [p for p in pages if re.search(r"^/(bg|en)/(deklaratsia|declaration)-[^/]+/$", p)],
    }
    missing = [name for name, found in site.items() if not found]
    if missing:
        raise SystemExit(f"The sitemap of {base_url} gives no {', '.join(missing)}.")
    return site


# Checking what reached the database and the mail.

VERIFY = """
import json
from django.urls import reverse
from contact.models import ContactSubmission
from declaration.models import Signature
run = {run!r}
contact = []
for pk, data, notified, error in ContactSubmission.objects.values_list("pk", "form_data", "notified_at", "notification_error"):
    text = json.dumps(data, ensure_ascii=False)
    if run in text:
        contact.append({{"pk": pk, "text": text, "notified": notified is not None, "error": error,
                        "admin": reverse("contact_messages:inspect", args=[pk])}})
signatures = list(Signature.objects.filter(email__startswith=run.lower()).values_list("email", flat=True))
print("LOAD-VERIFY " + json.dumps({{"contact": contact, "signatures": signatures}}))
"""


def stored(run_id, env):
    command = [sys.executable, str(prodserver.ROOT / "manage.py"), "shell", "-c", VERIFY.format(run=run_id)]
    result = subprocess.run(
        command, env=env, cwd=prodserver.ROOT, capture_output=True, text=True, timeout=120
    )
    line = next((line for line in result.stdout.splitlines() if line.startswith("LOAD-VERIFY ")), None)
    if result.returncode or not line:
        raise SystemExit(
            f"manage.py shell failed (give this script the server's environment):\n{result.stderr[-2000:]}"
        )
    return json.loads(line.removeprefix("LOAD-VERIFY "))


def token_in(text, run_id):
    found = re.findall(re.escape(run_id) + r"-u\d+-\d+", text, flags=re.IGNORECASE)
    return found[0].lower() if found else None


def verify(run_id, stats, sink, env, drain_timeout):
    """Every check as (passed, what); waits for the notifications to be sent, within reason."""
    accepted_contact = [token.lower() for token in stats.tokens["contact"]]
    accepted_signatures = [token.lower() for token in stats.tokens["declaration"]]
    deadline = time.monotonic() + drain_timeout
    while True:
        found = stored(run_id, env)
        mails = sink.texts()
        pending = [row for row in found["contact"] if not row["notified"]]
        unsent = [row for row in found["contact"] if not any(row["admin"] in mail for mail in mails)]
        if (not pending and not unsent) or time.monotonic() > deadline:
            break
        print(f"  waiting for {max(len(pending), len(unsent))} notifications…", file=sys.stderr)
        time.sleep(3)

    stored_contact = [token_in(row["text"], run_id) for row in found["contact"]]
    stored_signatures = [token_in(address, run_id) for address in found["signatures"]]
    checks = []

    def same(name, accepted, kept):
        duplicates = sorted(token for token, n in collections.Counter(kept).items() if n > 1)
        checks.append(
            (
                not duplicates,
                f"{name}: no duplicates" + (f" ({', '.join(duplicates[:5])}…)" if duplicates else ""),
            )
        )
        lost, extra = sorted(set(accepted) - set(kept)), sorted(set(kept) - set(accepted))
        what = f"{name}: stored {len(kept)} = accepted {len(accepted)}"
        if lost or extra:
            what += f" (lost {lost[:5]}, not accepted {extra[:5]})"
        if accepted and not kept:
            what += " — none found: is this script running with the server's environment?"
        checks.append((not lost and not extra and len(kept) == len(accepted), what))

    same("contact messages", accepted_contact, stored_contact)
    same("signatures", accepted_signatures, stored_signatures)
    counts = {row["pk"]: sum(mail.count(row["admin"]) > 0 for mail in mails) for row in found["contact"]}
    once = [pk for pk, n in counts.items() if n == 1]
    twice = [pk for pk, n in counts.items() if n > 1]
    never = [row for row in found["contact"] if counts[row["pk"]] == 0]
    what = f"notifications: {len(once)} of {len(found['contact'])} messages e-mailed exactly once"
    if twice:
        what += f"; {len(twice)} more than once ({twice[:5]})"
    if never:
        reasons = collections.Counter(row["error"] or "not sent yet" for row in never)
        what += f"; {len(never)} never (" + "; ".join(f"{n}× {reason}" for reason, n in reasons.items()) + ")"
    checks.append((len(once) == len(found["contact"]), what))
    checks.append(
        (not pending, f"notifications: {len(pending)} messages still pending after {drain_timeout:.0f} s")
    )
    return checks


def report(stats, seconds, users):
    total = sum(stats.statuses.values())
    print(f"\n{users} users, {seconds:.0f} s: {total} requests ({total / seconds:.1f}/s)")
    print(
        "statuses: "
        + ", ".join(f"{status}×{n}" for status, n in sorted(stats.statuses.items(), key=lambda i: str(i[0])))
    )
    print(f"{'kind':20} {'requests':>8} {'p50 ms':>8} {'p95 ms':>8}")
    for kind, times in sorted(stats.times.items()):
        print(f"{kind:20} {len(times):8} {percentile(times, 50):8.1f} {percentile(times, 95):8.1f}")
    print(
        f"accepted POSTs: {len(stats.tokens['contact'])} contact messages, {len(stats.tokens['declaration'])} signatures"
    )
    print(
        f"limited (429, not errors): {sum(stats.limited.values())}"
        + (f" {dict(stats.limited)}" if stats.limited else "")
    )
    print(f"errors: {len(stats.errors)}")
    for problem in stats.errors[:30]:
        print(f"  {problem}")
    if len(stats.errors) > 30:
        print(f"  … and {len(stats.errors) - 30} more")


def run(args, env):
    prodserver.refuse_unless_loopback(args.base_url, "the target")
    site = learn_site(args.base_url)
    run_id = "load" + secrets.token_hex(4)
    limit = (
        int(env.get("SUBMISSION_RATE_LIMIT_COUNT", 5)),
        int(env.get("SUBMISSION_RATE_LIMIT_SECONDS", 600)),
    )
    print(
        f"Run {run_id}: {args.users} users for {args.duration:.0f} s against {args.base_url}; {limit[0]} POSTs per form family per user per {limit[1]} s",
        file=sys.stderr,
    )
    stats = Stats()
    try:
        sink = SmtpSink(args.smtp_port)
    except OSError as error:
        raise SystemExit(
            f"The SMTP sink cannot listen on 127.0.0.1:{args.smtp_port} ({error}): pass --smtp-port."
        ) from None
    threading.Thread(target=sink.serve_forever, daemon=True).start()
    try:
        deadline = time.monotonic() + args.duration
        started = time.monotonic()
        visitors = [Visitor(n, args.base_url, site, run_id, limit, stats) for n in range(args.users)]
        threads = [
            threading.Thread(target=visitor.run, args=(deadline,), daemon=True) for visitor in visitors
        ]
        for thread in threads:
            thread.start()
        for thread in threads:
            thread.join()
        seconds = time.monotonic() - started
        report(stats, seconds, args.users)
        checks = [(not stats.errors, f"errors: {len(stats.errors)}")]
        checks += verify(run_id, stats, sink, env, args.drain_timeout)
    finally:
        sink.shutdown()
        sink.server_close()
    print()
    for passed, what in checks:
        print(f"{'ok  ' if passed else 'FAIL'} {what}")
    return 0 if all(passed for passed, _ in checks) else 1


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--users", type=int, default=int(os.environ.get("LOAD_USERS", 30)))
    parser.add_argument(
        "--duration", type=float, default=float(os.environ.get("LOAD_DURATION", 300)), help="seconds"
    )
    parser.add_argument("--base-url", default=os.environ.get("BASE_URL", "https://localhost"))
    parser.add_argument("--smtp-port", type=int, default=int(os.environ.get("LOAD_SMTP_PORT", 2527)))
    parser.add_argument(
        "--drain-timeout",
        type=float,
        default=float(os.environ.get("LOAD_DRAIN_TIMEOUT", 120)),
        help="seconds to wait for the notifications",
    )
    parser.add_argument(
        "--serve",
        action="store_true",
        help="start gunicorn (production settings, a fresh SQLite database, or LOAD_DATABASE_URL's PostgreSQL one) on --port and load that",
    )
    parser.add_argument(
        "--recreate-database",
        action="store_true",
        help="with --serve: drop LOAD_DATABASE_URL's database first if it exists",
    )
    parser.add_argument("--port", type=int, default=8115)
    parser.add_argument("--workers", type=int, default=2)
    args = parser.parse_args()
    if not 1 <= args.users <= 240:
        raise SystemExit("--users: 1 to 240 (one loopback address each, from 127.0.0.10)")
    if not args.serve:
        return run(args, dict(os.environ))

    args.base_url = f"http://127.0.0.1:{args.port}"
    with prodserver.interruptible(), tempfile.TemporaryDirectory(prefix="load-") as folder:
        mail = {
            "EMAIL_BACKEND": "django.core.mail.backends.smtp.EmailBackend",
            "EMAIL_HOST": "127.0.0.1",
            "EMAIL_PORT": str(args.smtp_port),
            "EMAIL_USE_TLS": "false",
            "CONTACT_FALLBACK_EMAIL": os.environ.get("CONTACT_FALLBACK_EMAIL", "centres@example.org"),
        }
        env = prodserver.production_env(folder, os.environ.get("LOAD_DATABASE_URL"), mail)
        try:
            with prodserver.database(env, recreate=args.recreate_database):
                print(f"Building the site in {folder}…", file=sys.stderr)
                with open(Path(folder) / "setup.log", "w") as setup_log:
                    prodserver.prepare_site(env, log=setup_log)
                with prodserver.gunicorn(env, args.port, Path(folder) / "gunicorn.log", workers=args.workers):
                    return run(args, env)
        except KeyboardInterrupt:
            print("\nInterrupted: the server and the database are gone.", file=sys.stderr)
            return 130


if __name__ == "__main__":
    sys.exit(main())
