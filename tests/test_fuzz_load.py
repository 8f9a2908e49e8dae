"""The parts of `make fuzz` and `make load` that decide what they send and what they count
(scripts/fuzz.py, scripts/load.py, scripts/prodserver.py); the runs themselves are by hand."""

import threading

import pytest
from django.core.mail import EmailMessage, get_connection

from scripts import fuzz, load, prodserver


class FakeSite:
    pages = ["/bg/", "/en/", "/bg/novini/", "/sitemap.xml"]
    contact_pages = ["/bg/tsentrove/pernik/pishete-ni/"]
    declarations = ["/bg/deklaratsia-pernik/"]
    finders = ["/bg/tsentrove/"]
    news = ["/bg/novini/"]
    forms = {
        "/bg/tsentrove/pernik/pishete-ni/": {
            "cookie": "c" * 32,
            "fields": {
                "name": {"type": "text", "value": "", "options": []},
                "topic": {"type": "select", "value": "", "options": ["", "Логопед"]},
                "consent": {"type": "checkbox", "value": "", "options": []},
            },
        },
        "/bg/deklaratsia-pernik/": {
            "cookie": "d" * 32,
            "fields": {"email": {"type": "email", "value": "", "options": []}},
        },
        "/admin/login/": {"cookie": "e" * 32, "fields": {}},
    }


def requests_of(seed, count=300):
    fuzzer = fuzz.Fuzzer(FakeSite(), seed)
    return [fuzzer.request() for _ in range(count)]


def test_the_same_seed_makes_the_same_requests_and_another_seed_others():
    assert requests_of(15) == requests_of(15)
    assert requests_of(15) != requests_of(16)


def test_the_requests_cover_every_kind_and_odd_methods():
    made = requests_of(15, 2000)
    kinds = {kind for kind, *_ in made}
    assert kinds == {
        "page",
        "path",
        "finder",
        "search",
        "news",
        "feed",
        "language",
        "method",
        "headers",
        "form",
        "admin",
    }
    methods = {method for _, method, *_ in made}
    assert {"GET", "POST", "HEAD", "OPTIONS", "PUT", "DELETE", "PATCH"} <= methods
    bodies = b"".join(body for *_, body in made)
    assert b"--fuzzboundary" in bodies
    content_types = {value for *_, headers, _ in made for name, value in headers if name == "Content-Type"}
    assert any("utf-16" in value for value in content_types)


@pytest.mark.parametrize(
    "url", ["http://127.0.0.1:8080", "http://127.0.0.42/", "http://localhost:1/", "http://[::1]:80"]
)
def test_loopback_targets_are_taken(url):
    prodserver.refuse_unless_loopback(url, "the target")


@pytest.mark.parametrize(
    "url", ["http://example.org", "http://10.0.0.1:8080", "postgres://db.example/x", "http://0.0.0.0/"]
)
def test_any_other_target_is_refused(url):
    with pytest.raises(SystemExit):
        prodserver.refuse_unless_loopback(url, "the target")


def test_a_traceback_excerpt_names_the_cause_and_the_final_exception():
    log = """Internal Server Error: /bg/
Traceback (most recent call last):
  File "/site-packages/django/x.py", line 1, in a
  File "/work/core/views.py", line 9, in b
django.core.exceptions.BadRequest: must be UTF-8

During handling of the above exception, another exception occurred:

Traceback (most recent call last):
  File "/work/core/middleware.py", line 45, in __call__
ValueError: again
"""
    excerpt, signature = fuzz.traceback_excerpt(log)
    assert excerpt[0] == "Internal Server Error: /bg/"
    assert '  File "/work/core/middleware.py", line 45, in __call__' in excerpt
    assert "  cause: django.core.exceptions.BadRequest: must be UTF-8" in excerpt
    assert excerpt[-1] == "  ValueError: again"
    assert signature == "django.core.exceptions.BadRequest: must be UTF-8"


def test_the_smtp_sink_keeps_what_django_sends_decoded():
    sink = load.SmtpSink(0)
    threading.Thread(target=sink.serve_forever, daemon=True).start()
    try:
        connection = get_connection(
            "django.core.mail.backends.smtp.EmailBackend",
            host="127.0.0.1",
            port=sink.server_address[1],
            timeout=5,
        )
        body = (
            "Ново съобщение "
            + "дълъг ред " * 30
            + "\n.a line that starts with a dot\n/admin/messages/inspect/7/"
        )
        EmailMessage(
            "Тема", body, "from@example.org", ["a@example.org", "b@example.org"], connection=connection
        ).send()
    finally:
        sink.shutdown()
        sink.server_close()
    assert len(sink.texts()) == 1  # one message, however many recipients
    text = sink.texts()[0]
    assert "Тема" in text
    assert ".a line that starts with a dot" in text
    assert "/admin/messages/inspect/7/" in text
    assert "дълъг ред " * 30 in text


def test_a_runs_token_is_found_whatever_the_case():
    assert (
        load.token_in('{"message": "Load test message loadab12-u03-7. Моля"}', "loadab12") == "loadab12-u03-7"
    )
    assert load.token_in("LOADAB12-U03-7@example.org", "loadab12") == "loadab12-u03-7"
    assert load.token_in("someone else", "loadab12") is None
