"""Hostile input against the site under production settings: no request may get a 5xx.

It builds the site (migrate, load_settlements, load_content, collectstatic) on a database of its
own — an SQLite file in a temporary folder, or the PostgreSQL database DATABASE_URL names, on this
machine, created for the run and dropped after — serves it with gunicorn (DEBUG off,
SECURE_SSL_REDIRECT off for plain HTTP on loopback, a throwaway SECRET_KEY), and sends a fixed
number of requests, one at a time, made from the site's real addresses (the sitemap, every page
type in both languages, the centre finder, search, news filters, feeds, the language switch, the
contact forms, the declaration and the admin login) and then spoilt: NUL and control bytes,
overlong values, invalid UTF-8 and percent-encoding, odd Unicode, huge and negative numbers,
repeated and array parameters, odd methods, odd Content-Types and charsets, broken multipart,
missing or wrong CSRF tokens, odd Host and long headers, path traversal. The same --seed makes the
same requests (but for the CSRF tokens the server hands out).

It prints how many requests got each status and, for every 5xx, the request (method, path, the
headers it changed) and the traceback from gunicorn's log; it exits 1 if there was any 5xx (or a
connection failure), 2 if the time cap stopped it before the count.

    make fuzz                                    (SQLite, then PostgreSQL)
    .venv/bin/python scripts/fuzz.py [--requests 12000] [--seed 15]
    DATABASE_URL=postgres://postgres@127.0.0.1:5432/sosbg_fuzz .venv/bin/python scripts/fuzz.py --recreate-database
    .venv/bin/python scripts/fuzz.py --base-url http://127.0.0.1:8115   (a server already running here; no tracebacks)
"""

import argparse
import collections
import html.parser
import os
import random
import re
import socket
import sys
import tempfile
import time
from pathlib import Path
from urllib.parse import quote, urlsplit

sys.path.insert(0, str(Path(__file__).resolve().parent))
import prodserver  # noqa: E402

# Pages the sitemap does not list, or lists under names a fuzzer should also try.
EXTRA_PATHS = [
    "/",
    "/robots.txt",
    "/sitemap.xml",
    "/feeds/bg/rss.xml",
    "/feeds/bg/atom.xml",
    "/feeds/en/rss.xml",
    "/feeds/en/atom.xml",
    "/bg/tarsene/",
    "/en/search/",
    "/admin/login/",
    "/admin/",
    "/admin/password_reset/",
    "/django-admin/login/",
    "/documents/1/x.pdf",
    "/bg/deklaratsia-pernik/thank-you/",
    "/static/css/site.css",
    "/media/original_images/x.png",
    "/bg/no-such-page/",
]
PARAMETERS = [
    "q",
    "town",
    "region",
    "service",
    "target_group",
    "topic",
    "center",
    "tag",
    "page",
    "next",
    "amount",
    "purpose",
    "lang",
]
# Values a person would type, to be spoilt or left alone.
PLAIN_VALUES = [
    "Перник",
    "Pernik",
    "деца",
    "children",
    "2",
    "logoped",
    "veliko-tarnovo",
    "otkrivane-na-tsentar",
    "1",
    "",
]
# Hostile values, as text (percent-encoded as UTF-8 when sent).
TEXT_VALUES = [
    "\x00",
    "a\x00b",
    "\x01\x02\x03\x1b[31m\x7f",
    "\r\nSet-Cookie: x=1",
    "\t\x0b\x0c",
    "A" * 3000,
    "Перник" * 400,
    "\u202eevil\u202c",
    "\u200b\u200c\u200d\ufeff",
    "\ufffe\uffff",
    "\U0001f600\U0001f469\u200d\U0001f467",
    "e\u0301\u0301\u0301\u0301",
    "ﬁ ß İ ǅ Ⅻ",
    "１２３",
    "٣",
    "²",
    "𝟗",
    "-1",
    "0",
    "-0",
    "+1",
    " 1 ",
    "1.5",
    "1e9",
    "0x10",
    "NaN",
    "inf",
    "9" * 30,
    "9" * 5000,
    "-" + "9" * 30,
    "99999999999999999999999999999999999999",
    "2147483648",
    "9223372036854775808",
    "' OR 1=1--",
    '"; DROP TABLE x; --',
    "{{ 7*7 }}{% debug %}",
    "<script>alert(1)</script>",
    "../../../../etc/passwd",
    "..\\..\\windows\\win.ini",
    "%s%s%n",
    "${jndi:ldap://x}",
    "/",
    "//evil.example/",
    "https://evil.example/",
    "javascript:alert(1)",
    "foo",
    "index",
    "admin:index",
    "\\\\evil.example",
    "%",
    "*",
    "[]",
    "{}",
    "null",
    "true",
]
# Already encoded for the query string or path: invalid UTF-8, broken and double encoding.
RAW_VALUES = [
    "%00",
    "%00%00%00",
    "%C0%AF",
    "%C0%80",
    "%FF%FE",
    "%ED%A0%80",
    "%E0%80",
    "%F4%90%80%80",
    "%80",
    "%",
    "%G1",
    "%2",
    "%%",
    "%25%30%30",
    "%252e%252e%252f",
    "%u0000",
    "%0d%0aX-Injected:%201",
    "%EF%BB%BF",
    "a+b",
    "%2B",
    "%F0%9F%98",
]
METHODS = ["HEAD", "OPTIONS", "PUT", "DELETE", "PATCH", "TRACE", "PROPFIND", "get", "FOO", "POST"]
HOSTS = [
    "evil.example",
    "127.0.0.1:99999",
    "localhost:abc",
    "[::1]",
    "",
    "127.0.0.1.",
    "LOCALHOST",
    "127.0.0.1:80@evil.example",
    "a" * 300,
    "127.0.0.1\t",
    "xn--80ak6aa92e.com",
    "localhost:8000, evil.example",
]
CONTENT_TYPES = [
    "application/x-www-form-urlencoded; charset=utf-16",
    "application/x-www-form-urlencoded; charset=UTF-16LE",
    "application/x-www-form-urlencoded; charset=utf-32",
    "application/x-www-form-urlencoded; charset=latin-1",
    "application/x-www-form-urlencoded; charset=cp1251",
    "application/x-www-form-urlencoded; charset=no-such-charset",
    "application/x-www-form-urlencoded; charset=UTF8",
    "application/x-www-form-urlencoded; charset=",
    "application/x-www-form-urlencoded;;;charset=utf-8",
    "APPLICATION/X-WWW-FORM-URLENCODED",
    "text/plain",
    "application/json",
    "application/xml",
    "multipart/form-data",
    "multipart/form-data; boundary=",
    "multipart/form-data; boundary=\x00",
    "multipart/form-data; boundary=" + "b" * 200,
    "multipart/mixed; boundary=xyz",
    "*/*",
    "",
]


class FormReader(html.parser.HTMLParser):
    """The forms of a page: action, method, and each field's name with its choices."""

    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.forms = []
        self.select = None

    def handle_starttag(self, tag, attrs):
        attrs = dict(attrs)
        if tag == "form":
            self.forms.append(
                {
                    "action": attrs.get("action") or "",
                    "method": (attrs.get("method") or "get").lower(),
                    "fields": {},
                }
            )
        elif not self.forms:
            return
        elif tag in ("input", "textarea", "select") and attrs.get("name"):
            kind = attrs.get("type", tag).lower()
            self.forms[-1]["fields"][attrs["name"]] = {
                "type": kind,
                "value": attrs.get("value") or "",
                "options": [],
            }
            self.select = attrs["name"] if tag == "select" else None
        elif tag == "option" and self.select:
            self.forms[-1]["fields"][self.select]["options"].append(attrs.get("value") or "")


class Target:
    def __init__(self, base_url):
        parts = urlsplit(base_url)
        self.host, self.port = parts.hostname, parts.port or 80
        self.host_header = parts.netloc

    def send(self, raw, timeout=30):
        """(status, headers bytes, body bytes) of one request sent as these exact bytes."""
        with socket.create_connection((self.host, self.port), timeout=timeout) as sock:
            sock.sendall(raw)
            chunks = []
            while True:
                data = sock.recv(65536)
                if not data:
                    break
                chunks.append(data)
        response = b"".join(chunks)
        head, _, body = response.partition(b"\r\n\r\n")
        status_line = head.split(b"\r\n", 1)[0].split()
        if len(status_line) < 2 or not status_line[1].isdigit():
            raise ConnectionError(f"no HTTP response: {response[:60]!r}")
        return int(status_line[1]), head, body

    def get(self, path, cookies=""):
        headers = [("Host", self.host_header), ("Connection", "close")]
        if cookies:
            headers.append(("Cookie", cookies))
        return self.send(build("GET", path.encode(), headers, b""))


def build(method, target, headers, body):
    lines = [method.encode("latin-1") + b" " + target + b" HTTP/1.1"]
    for name, value in headers:
        value = value if isinstance(value, bytes) else value.encode("utf-8")
        lines.append(name.encode("latin-1") + b": " + value)
    return b"\r\n".join(lines) + b"\r\n\r\n" + body


def cookies_of(head):
    """name=value for each Set-Cookie of a response head."""
    found = re.findall(rb"(?im)^set-cookie:\s*([^=;\s]+)=([^;\r\n]*)", head)
    return {name.decode(): value.decode() for name, value in found}


class Site:
    """What the fuzzer learns from the running site before it starts: pages and forms."""

    def __init__(self, target):
        self.target = target
        status, _, body = target.get("/sitemap.xml")
        if status != 200:
            raise SystemExit(f"/sitemap.xml answered {status}")
        pages = [urlsplit(loc.decode()).path for loc in re.findall(rb"<loc>([^<]+)</loc>", body)]
        self.pages = sorted(set(pages) | set(EXTRA_PATHS))
        self.contact_pages = [
            p
            for p in pages
            if p.rstrip("/").endswith(
                ("pishete-ni", "write-to-us", "pishete-na-mrezhata", "write-to-the-network")
            )
        ]
        self.declarations = [p for p in pages if "deklaratsia-" in p or "declaration-" in p]
        self.declarations = [p for p in self.declarations if "/novini/" not in p and "/news/" not in p]
        self.finders = [p for p in pages if p in ("/bg/tsentrove/", "/en/centres/")]
        self.news = [p for p in pages if p in ("/bg/novini/", "/en/news/")]
        self.forms = {}
        for path in self.contact_pages + self.declarations + ["/admin/login/"]:
            status, head, body = target.get(path)
            reader = FormReader()
            reader.feed(body.decode("utf-8", "replace"))
            posts = [form for form in reader.forms if form["method"] == "post"]
            cookie = cookies_of(head).get("csrftoken", "")
            if status != 200 or not posts or not cookie:
                raise SystemExit(f"{path}: no form with a CSRF cookie (status {status})")
            self.forms[path] = {"fields": posts[0]["fields"], "cookie": cookie}
        if not (self.contact_pages and self.declarations and self.finders and self.news):
            raise SystemExit("The sitemap lacks a contact form, a declaration, the finder or the news.")


class Fuzzer:
    def __init__(self, site, seed):
        self.site = site
        self.rng = random.Random(seed)
        self.serial = 0
        kinds = {
            self.page: 22,
            self.path: 10,
            self.finder: 8,
            self.search: 8,
            self.news: 8,
            self.feed: 4,
            self.language: 5,
            self.method: 6,
            self.headers_kind: 9,
            self.form_post: 16,
            self.admin: 4,
        }
        self.kinds, self.weights = list(kinds), list(kinds.values())

    def request(self):
        """(kind, method, target bytes, extra headers, body, headers to report)."""
        self.serial += 1
        return self.rng.choices(self.kinds, self.weights)[0]()

    # Values.

    def value(self):
        """A query or form value, already encoded: plain, hostile text or raw bytes."""
        roll = self.rng.random()
        if roll < 0.25:
            return quote(self.rng.choice(PLAIN_VALUES), safe="")
        if roll < 0.7:
            return quote(self.rng.choice(TEXT_VALUES), safe="")
        if roll < 0.9:
            return self.rng.choice(RAW_VALUES)
        return quote(self.rng.choice(PLAIN_VALUES), safe="") + self.rng.choice(RAW_VALUES)

    def name(self, names):
        roll = self.rng.random()
        name = self.rng.choice(names)
        if roll < 0.1:
            return name + "[]"
        if roll < 0.15:
            return name + "[0][x]"
        if roll < 0.2:
            return self.rng.choice(["", "%00", "%FF", quote("\u202e"), "a" * 500, name.upper()])
        return name

    def query(self, names, count=None):
        count = count or self.rng.choice([1, 1, 1, 2, 3, 5, 30])
        pairs = []
        for _ in range(count):
            name = self.name(names)
            if self.rng.random() < 0.05:
                pairs.append(name)  # a name without '='
            else:
                pairs.append(f"{name}={self.value()}")
            if self.rng.random() < 0.15:
                pairs.append(pairs[-1].split("=")[0] + "=" + self.value())  # repeated
        separator = self.rng.choice(["&"] * 8 + [";", "&&", "&amp;"])
        return separator.join(pairs)

    # Request kinds.

    def page(self):
        path = self.rng.choice(self.site.pages)
        target = path if self.rng.random() < 0.3 else f"{path}?{self.query(PARAMETERS)}"
        return "page", "GET", target.encode(), [], b""

    def path(self):
        base = self.rng.choice(self.site.pages).rstrip("/")
        junk = self.rng.choice(
            [
                "/../../../../etc/passwd",
                "/%2e%2e/%2e%2e/%2e%2e/etc/passwd",
                "/..%2f..%2f..%2fmanage.py",
                "/%252e%252e/",
                "//",
                "/./",
                "/.",
                "%2F",
                "/%00",
                "/%00/",
                "/a%00b/",
                "/%FF/",
                "/%C0%AF/",
                "/%E2%80%AE/",
                "/" + "x" * 2000 + "/",
                "/" + "x" * 5000 + "/",
                "/" + "/".join(["a"] * 300) + "/",
                "/thank-you/",
                "/thank-you/extra/",
                "/1/",
                "/-1/",
                "/" + "9" * 40 + "/",
                "/%D0%9F%D0%B5%D1%80%D0%BD%D0%B8%D0%BA/",
                "/Перник/",
                "/ space/",
                "/<script>/",
                "/'%22/",
                "/;x=1/",
                "/.env",
                "/.git/config",
                "/wp-login.php",
                "/static/../../manage.py",
                "/\\..\\..\\",
                "/%5c..%5c..%5c",
            ]
        )
        target = (base + junk) if self.rng.random() < 0.8 else junk
        if self.rng.random() < 0.1:
            target = target.upper()
        raw = target.encode("utf-8")
        if self.rng.random() < 0.05:
            raw += bytes([self.rng.choice([0, 1, 0x7F, 0x80, 0xFF, 0x20])])  # a raw byte, unencoded
        return "path", "GET", raw, [], b""

    def finder(self):
        path = self.rng.choice(self.site.finders)
        query = self.query(
            ["town", "region", "service", "target_group", "q", "page"], self.rng.choice([1, 2, 4])
        )
        return "finder", "GET", f"{path}?{query}".encode(), [], b""

    def search(self):
        path = self.rng.choice(["/bg/tarsene/", "/en/search/"])
        query = self.query(["q", "page"], self.rng.choice([1, 2, 3]))
        return "search", "GET", f"{path}?{query}".encode(), [], b""

    def news(self):
        path = self.rng.choice(self.site.news)
        query = self.query(["tag", "topic", "center", "page"], self.rng.choice([1, 2, 3, 4]))
        return "news", "GET", f"{path}?{query}".encode(), [], b""

    def feed(self):
        language = self.rng.choice(["bg", "en", "xx", "BG", "%00", "..", "b%FFg", "e" * 300])
        kind = self.rng.choice(["rss.xml", "atom.xml"])
        query = "" if self.rng.random() < 0.5 else "?" + self.query(["tag", "page", "topic"])
        return "feed", "GET", f"/feeds/{language}/{kind}{query}".encode(), [], b""

    def language(self):
        code = self.rng.choice(
            ["bg", "en", "de", "xx", "", "%00", "bg%00", "EN", "e" * 200, "%FF", "bg-BG", "zh-hans"]
        )
        code = code or "%20"
        query = "next=" + self.rng.choice(
            [
                self.value(),
                quote(self.rng.choice(self.site.pages), safe="") + self.rng.choice(["", "%00", "?x=%FF"]),
            ]
        )
        if self.rng.random() < 0.2:
            query += "&next=" + self.value()
        return "language", "GET", f"/language/{code}/?{query}".encode(), [], b""

    def method(self):
        method = self.rng.choice(METHODS)
        path = self.rng.choice(self.site.pages + self.site.contact_pages + self.site.declarations)
        body = b"" if self.rng.random() < 0.5 else b"x=1&y=%00"
        headers = [("Content-Type", "application/x-www-form-urlencoded")] if body else []
        return "method", method, path.encode(), headers, body

    def headers_kind(self):
        path = self.rng.choice(self.site.pages)
        choice = self.rng.randrange(10)
        if choice == 0:
            headers = [("Host", self.rng.choice(HOSTS))]
        elif choice == 1:
            headers = [
                (
                    "Cookie",
                    self.rng.choice(
                        [
                            "django_language=xx",
                            "django_language=%00",
                            "django_language=" + "e" * 5000,
                            "sessionid=garbage",
                            "sessionid=" + "x" * 4000,
                            "csrftoken=\x01",
                            "a" * 4000 + "=b",
                            "=;=;;;",
                            "django_language=en; django_language=bg",
                        ]
                    ),
                )
            ]
        elif choice == 2:
            headers = [
                (
                    "Accept-Language",
                    self.rng.choice(
                        [
                            "*;q=abc",
                            "xx-YY",
                            "bg-BG,en;q=2",
                            "x" * 4000,
                            "en;q=-1",
                            ",,,",
                            "zh-Hant-TW-u-ca-chinese",
                            "\x00",
                            "bg;q=0.5;q=1",
                            "en-" + "a" * 200,
                        ]
                    ),
                )
            ]
        elif choice == 3:
            headers = [("User-Agent", "U" * self.rng.choice([100, 4000, 8000]))]
        elif choice == 4:
            headers = [
                (
                    "X-Forwarded-For",
                    self.rng.choice(["1.2.3.4", "not-an-ip", "::1, 10.0.0.1", "\x00", "1.1.1.1, " * 500]),
                ),
                ("X-Forwarded-Proto", self.rng.choice(["https", "ftp", ""])),
                ("X-Forwarded-Host", self.rng.choice(["evil.example", "127.0.0.1", ""])),
            ]
        elif choice == 5:
            headers = [(f"X-Junk-{n}", "v" * 50) for n in range(self.rng.choice([20, 90, 150]))]
        elif choice == 6:
            headers = [
                (
                    "Range",
                    self.rng.choice(
                        ["bytes=0-0", "bytes=-1", "bytes=99999999999-", "bytes=a-b", "bytes=0-1,1-2," * 50]
                    ),
                ),
                ("If-Modified-Since", self.rng.choice(["yesterday", "Mon, 32 Foo 9999 99:99:99 GMT", "0"])),
            ]
        elif choice == 7:
            headers = [
                ("Accept", self.rng.choice(["application/json", "*/*;q=x", "text/html;level=" + "9" * 100])),
                (
                    "Accept-Encoding",
                    self.rng.choice(["gzip;q=2", "br, zstd, deflate", "x" * 1000, "identity;q=0"]),
                ),
            ]
        elif choice == 8:
            headers = [("Host", "127.0.0.1"), ("Host", "evil.example")]
        else:
            headers = [
                ("If-None-Match", '"' + "x" * 3000 + '"'),
                ("Referer", self.rng.choice(["http://evil.example/", "\x00", "%FF"])),
            ]
        query = "" if self.rng.random() < 0.6 else "?" + self.query(PARAMETERS)
        return "headers", "GET", f"{path}{query}".encode(), headers, b""

    def form_fields(self, path):
        """The form's fields filled in as a person would; a declaration's e-mail new each time."""
        fields = {}
        for name, field in self.site.forms[path]["fields"].items():
            if name in ("csrfmiddlewaretoken", "website", "next"):
                continue
            if field["type"] == "checkbox":
                fields[name] = "on"
            elif field["type"] == "select":
                fields[name] = self.rng.choice([o for o in field["options"] if o] or [""])
            elif field["type"] == "email" or name == "email":
                fields[name] = f"fuzz{self.serial}@example.org"
            else:
                fields[name] = {"contact": "0888123456", "message": "Fuzz message.", "town": "Перник"}.get(
                    name, "Fuzz"
                )
        return fields

    def form_post(self):
        path = self.rng.choice(self.site.contact_pages + self.site.declarations)
        return self.post("form", path)

    def admin(self):
        if self.rng.random() < 0.3:
            return "admin", "GET", f"/admin/login/?{self.query(['next', 'username'])}".encode(), [], b""
        return self.post("admin", "/admin/login/")

    def post(self, kind, path):
        form = self.site.forms[path]
        if path == "/admin/login/":
            fields = {"username": "admin", "password": "x", "next": "/admin/"}
        else:
            fields = self.form_fields(path)
        encoded = {name: quote(value, safe="") for name, value in fields.items()}
        # Spoil some fields (a few requests stay valid, so the store and its limit run too).
        for name in list(encoded):
            if self.rng.random() < 0.35:
                encoded[name] = self.value()
        if self.rng.random() < 0.1:
            encoded.pop(self.rng.choice(list(encoded)), None)
        if self.rng.random() < 0.1:
            encoded[self.name(list(encoded) or ["x"])] = self.value()
        if self.rng.random() < 0.05:
            encoded["website"] = "http%3A%2F%2Fbot.example"  # the honeypot
        csrf = self.rng.random()
        headers = []
        if csrf < 0.75:  # as a browser sends it
            headers.append(("Cookie", f"csrftoken={form['cookie']}"))
            encoded["csrfmiddlewaretoken"] = form["cookie"]
        elif csrf < 0.85:  # the cookie but no token
            headers.append(("Cookie", f"csrftoken={form['cookie']}"))
        elif csrf < 0.9:  # a wrong token
            headers.append(("Cookie", f"csrftoken={form['cookie']}"))
            encoded["csrfmiddlewaretoken"] = self.value()
        # else: neither (a page left open for hours, or a client keeping no cookies)
        if self.rng.random() < 0.05:
            headers.append(("Origin", self.rng.choice(["http://evil.example", "null", "http://127.0.0.1"])))
        names = list(encoded)
        self.rng.shuffle(names)
        body_text = "&".join(f"{name}={encoded[name]}" for name in names)
        content_type, body = self.encode_body(body_text, encoded)
        if content_type is not None:
            headers.append(("Content-Type", content_type))
        headers.append(("Content-Length", str(len(body))))
        return kind, "POST", path.encode(), headers, body

    def encode_body(self, body_text, encoded):
        roll = self.rng.random()
        if roll < 0.55:
            return "application/x-www-form-urlencoded", body_text.encode()
        if roll < 0.65:
            return "multipart/form-data; boundary=fuzzboundary", self.multipart(encoded, "fuzzboundary")
        if roll < 0.75:  # a broken multipart
            boundary = self.rng.choice(["fuzzboundary", "other", "x" * 80])
            body = self.multipart(encoded, "fuzzboundary")
            body = self.rng.choice(
                [
                    body[: len(body) // 2],
                    body.replace(b"--fuzzboundary--", b""),
                    b"--fuzzboundary\r\nContent-Disposition: form-data\r\n\r\nx\r\n--fuzzboundary--\r\n",
                    body.replace(b"name=", b"name"),
                ]
            )
            return f"multipart/form-data; boundary={boundary}", body
        content_type = self.rng.choice(CONTENT_TYPES + [None])
        if content_type and "utf-16" in content_type.lower() and self.rng.random() < 0.5:
            return content_type, body_text.encode("utf-16")
        return content_type, body_text.encode()

    @staticmethod
    def multipart(encoded, boundary):
        from urllib.parse import unquote_to_bytes

        parts = []
        for name, value in encoded.items():
            parts.append(
                f'--{boundary}\r\nContent-Disposition: form-data; name="{name}"\r\n\r\n'.encode()
                + unquote_to_bytes(value)
                + b"\r\n"
            )
        parts.append(
            f'--{boundary}\r\nContent-Disposition: form-data; name="file"; filename="../../x.txt"\r\nContent-Type: text/plain\r\n\r\nhello\r\n'.encode()
        )
        return b"".join(parts) + f"--{boundary}--\r\n".encode()


def request_bytes(target, method, path, headers, body):
    names = {name.lower() for name, _ in headers}
    base = [] if "host" in names else [("Host", target.host_header)]
    return build(method, path, base + headers + [("Connection", "close")], body)


def summary(method, path, headers, body):
    shown = "; ".join(f"{name}: {shorten(value)}" for name, value in headers if name != "Content-Length")
    line = f"{method} {shorten(path.decode('latin-1'), 160)}"
    if shown:
        line += f"  [{shown}]"
    if body:
        line += f"  body {len(body)} B: {shorten(body.decode('latin-1'), 120)}"
    return line


def shorten(text, width=60):
    text = repr(text)[1:-1] if not isinstance(text, bytes) else repr(text)[2:-1]
    return text if len(text) <= width else text[: width - 1] + "…"


def traceback_excerpt(text):
    """The first line Django logged, the project's last frames and the exception (its cause too)."""
    lines = [line for line in text.splitlines() if line.strip()]
    if not lines:
        return ["(nothing in the server's log)"], "no log"
    excepts = [
        line
        for line in lines
        if re.match(
            r"^[A-Za-z_][\w.]*(Error|Exception|Exit|Warning|Interrupt|BadRequest|DataError|NoReverseMatch)\b|^[a-z_.]+\.[A-Z]\w+:",
            line,
        )
    ]
    frames = [(n, line.strip()) for n, line in enumerate(lines) if line.lstrip().startswith("File ")]
    own = [frame for frame in frames if "/site-packages/" not in frame[1]] or frames
    excerpt = [lines[0][:200]]
    excerpt += [f"  {frame}" for _, frame in own[-3:]]
    if excepts:
        if excepts[0] != excepts[-1]:
            excerpt.append(f"  cause: {excepts[0][:300]}")
        excerpt.append(f"  {excepts[-1][:300]}")
    signature = excepts[0][:160] if excepts else lines[-1][:160]
    return excerpt, signature


class Log:
    """The server's log, read from where the last request left it."""

    def __init__(self, path):
        self.path = Path(path) if path else None
        self.offset = self.path.stat().st_size if self.path and self.path.exists() else 0

    def since(self):
        if not self.path:
            return ""
        time.sleep(0.05)  # the worker writes the traceback as it answers
        with open(self.path, "rb") as log:
            log.seek(self.offset)
            text = log.read().decode("utf-8", "replace")
        self.offset += len(text.encode("utf-8", "replace"))
        return text

    def skip(self):
        if self.path:
            self.offset = self.path.stat().st_size


def run(target, count, seed, time_limit, log_path):
    site = Site(target)
    print(
        f"{len(site.pages)} pages, {len(site.contact_pages)} contact forms, {len(site.declarations)} declarations; {count} requests, seed {seed}",
        file=sys.stderr,
    )
    fuzzer = Fuzzer(site, seed)
    log = Log(log_path)
    statuses = collections.Counter()
    kinds = collections.defaultdict(collections.Counter)
    failures = []  # (status, kind, summary, excerpt, signature)
    started = time.monotonic()
    sent = 0
    for sent in range(1, count + 1):
        if time.monotonic() - started > time_limit:
            sent -= 1
            break
        kind, method, path, headers, body = fuzzer.request()
        raw = request_bytes(target, method, path, headers, body)
        log.skip()
        try:
            status, _, _ = target.send(raw)
            statuses[status] += 1
            kinds[kind][status] += 1
        except (OSError, ConnectionError) as error:
            status = f"connection: {type(error).__name__}"
            statuses[status] += 1
            kinds[kind][status] += 1
            failures.append((status, kind, summary(method, path, headers, body), [str(error)], str(error)))
            continue
        if status >= 500:
            excerpt, signature = traceback_excerpt(log.since())
            failures.append((status, kind, summary(method, path, headers, body), excerpt, signature))
        if sent % 1000 == 0:
            print(
                f"  {sent} requests, {time.monotonic() - started:.0f} s, {len(failures)} failures",
                file=sys.stderr,
                flush=True,
            )
    return sent, time.monotonic() - started, statuses, kinds, failures


def report(sent, seconds, statuses, kinds, failures, where):
    print(f"\n{sent} requests in {seconds:.0f} s against {where}")
    print("status  count")
    for status, number in sorted(statuses.items(), key=lambda item: str(item[0])):
        print(f"{status!s:>6}  {number}")
    print(
        "\nper kind: "
        + "; ".join(
            f"{kind} " + ", ".join(f"{s}×{n}" for s, n in sorted(c.items(), key=lambda i: str(i[0])))
            for kind, c in sorted(kinds.items())
        )
    )
    if not failures:
        print("\nNo 5xx, no connection failure.")
        return
    print(f"\n{len(failures)} failures:")
    signatures = {}
    for status, kind, request, excerpt, signature in failures:
        number = signatures.setdefault(signature, (len(signatures) + 1, excerpt))[0]
        print(f"  {status} {kind:8} {request}  → traceback {number}")
    for number, excerpt in signatures.values():
        print(f"\ntraceback {number}:")
        print("\n".join(excerpt))


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument(
        "--requests",
        type=int,
        default=int(os.environ.get("FUZZ_REQUESTS", 12000)),
        help="how many (default 12000)",
    )
    parser.add_argument("--seed", type=int, default=int(os.environ.get("FUZZ_SEED", 15)))
    parser.add_argument(
        "--time-limit",
        type=float,
        default=float(os.environ.get("FUZZ_TIME_LIMIT", 1800)),
        help="seconds of sending at most (default 1800)",
    )
    parser.add_argument(
        "--base-url", help="fuzz this running server (on this machine) instead of starting one"
    )
    parser.add_argument("--error-log", help="with --base-url: the server's log, for the tracebacks")
    parser.add_argument(
        "--recreate-database",
        action="store_true",
        help="drop DATABASE_URL's PostgreSQL database first if it exists",
    )
    parser.add_argument("--keep-logs", help="copy the server's and the loaders' logs to this folder")
    args = parser.parse_args()

    if args.base_url:
        prodserver.refuse_unless_loopback(args.base_url, "the target")
        result = run(Target(args.base_url), args.requests, args.seed, args.time_limit, args.error_log)
        report(*result, args.base_url)
        return exit_code(result, args.requests)

    database_url = os.environ.get("DATABASE_URL")
    if database_url and not prodserver.postgres_parts(database_url):
        raise SystemExit(
            "DATABASE_URL: only a PostgreSQL database is taken (SQLite is the default, in a temporary folder)."
        )
    with prodserver.interruptible(), tempfile.TemporaryDirectory(prefix="fuzz-") as folder:
        try:
            env = prodserver.production_env(
                folder, database_url, {"EMAIL_BACKEND": "django.core.mail.backends.locmem.EmailBackend"}
            )
            engine = "PostgreSQL" if database_url else "SQLite"
            print(f"Building the site on {engine} in {folder}…", file=sys.stderr)
            with prodserver.database(env, recreate=args.recreate_database):
                with open(Path(folder) / "setup.log", "w") as setup_log:
                    prodserver.prepare_site(env, log=setup_log)
                port = prodserver.free_port()
                log_path = Path(folder) / "gunicorn.log"
                with prodserver.gunicorn(env, port, log_path):
                    result = run(
                        Target(f"http://127.0.0.1:{port}"),
                        args.requests,
                        args.seed,
                        args.time_limit,
                        log_path,
                    )
            report(*result, f"gunicorn, production settings, {engine}")
            return exit_code(result, args.requests)
        except KeyboardInterrupt:
            print("\nInterrupted: the server and the database are gone.", file=sys.stderr)
            return 130
        finally:
            prodserver.keep_folder(folder, args.keep_logs)


def exit_code(result, wanted):
    sent, _, _, _, failures = result
    if failures:
        return 1
    if sent < wanted:
        print(f"The time cap stopped the run after {sent} of {wanted} requests.", file=sys.stderr)
        return 2
    return 0


if __name__ == "__main__":
    sys.exit(main())
