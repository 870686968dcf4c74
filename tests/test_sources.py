"""Sources: pages and feeds from a local HTTP server, the safety rules, and watched folders."""

from __future__ import annotations

import threading
import time
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

import pandas as pd
import pytest

from backlash.ingest import FetchError, article_from_url, changed_files, feed_links
from backlash.ingest.web import fetch

PAGE = ("<html><head><title>Fare hike</title></head><body><h1>Mayor Dana Whitfield raises fares</h1>"
        "<p>Mayor Dana Whitfield proposed doubling fares on Monday, saying the budget needs it.</p>"
        "<p>\"It is a disgrace and she should resign,\" one rider wrote.</p></body></html>")


class Handler(BaseHTTPRequestHandler):
    def log_message(self, *args):  # keep test output quiet
        pass

    def do_GET(self):  # noqa: N802 (the stdlib's name)
        routes = {
            "/a": (200, "text/html; charset=utf-8", PAGE.encode()),
            "/b": (200, "text/html", PAGE.replace("Whitfield", "Laurent").encode()),
            "/big": (200, "text/html", b"<p>x</p>" * 200_000),
            "/image": (200, "image/png", b"\x89PNG"),
            "/missing": (404, "text/html", b"no"),
            "/feed": (200, "application/rss+xml", (
                '<?xml version="1.0"?><rss version="2.0"><channel><title>t</title>'
                f'<item><title>a</title><link>http://{self.headers["Host"]}/a</link></item>'
                f'<item><title>b</title><link>http://{self.headers["Host"]}/b</link></item>'
                f'<item><title>dup</title><link>http://{self.headers["Host"]}/a</link></item>'
                "</channel></rss>").encode()),
        }
        if self.path.startswith("/hop"):
            n = int(self.path[4:] or 0)
            self.send_response(302)
            self.send_header("Location", f"/hop{n + 1}" if n < 9 else "/a")
            self.end_headers()
            return
        if self.path == "/to-a":
            self.send_response(301)
            self.send_header("Location", "/a")
            self.end_headers()
            return
        if self.path == "/slow":
            time.sleep(2)
        status, kind, body = routes.get(self.path, routes["/a"])
        self.send_response(status)
        self.send_header("Content-Type", kind)
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        self.wfile.write(body)


@pytest.fixture(scope="module")
def server():
    httpd = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
    thread = threading.Thread(target=httpd.serve_forever, daemon=True)
    thread.start()
    yield f"http://127.0.0.1:{httpd.server_address[1]}"
    httpd.shutdown()


def test_loopback_is_refused_unless_allowed(server):
    with pytest.raises(FetchError, match="non-public address 127.0.0.1"):
        fetch(f"{server}/a")
    assert fetch(f"{server}/a", allow_private=True).body.startswith(b"<html>")


def test_a_page_becomes_an_article_after_a_redirect(server):
    article = article_from_url(f"{server}/to-a", allow_private=True)
    assert article.url == f"{server}/a" and "doubling fares" in article.text


@pytest.mark.parametrize(("path", "reason"), [
    ("/hop0", "more than 3 redirects"),
    ("/big", "larger than"),
    ("/image", "unsupported content type image/png"),
    ("/missing", "HTTP 404"),
])
def test_unsafe_or_bad_responses_fail_clearly(server, path, reason):
    with pytest.raises(FetchError, match=reason):
        fetch(f"{server}{path}", allow_private=True, max_bytes=1_000_000)


def test_slow_servers_time_out(server):
    with pytest.raises(FetchError, match="ReadTimeout|timed out"):
        fetch(f"{server}/slow", allow_private=True, timeout=0.5)


def test_non_http_urls_are_refused():
    with pytest.raises(FetchError, match="not an http"):
        fetch("file:///etc/passwd")


def test_feed_links_in_order_without_duplicates(server):
    assert feed_links(f"{server}/feed", allow_private=True) == [f"{server}/a", f"{server}/b"]


def test_watched_files_report_only_new_or_changed_content(tmp_path):
    (tmp_path / "a.txt").write_text("one")
    (tmp_path / "b.txt").write_text("two")
    files = sorted(tmp_path.glob("*.txt"))
    changed, state = changed_files(files, {})
    assert changed == files
    assert changed_files(files, state)[0] == []
    (tmp_path / "b.txt").write_text("two, edited")
    assert changed_files(files, state)[0] == [tmp_path / "b.txt"]


@pytest.mark.flow
def test_the_flow_reads_feeds_and_urls_and_quarantines_failures(prefect_backend, tiny_registry, server, tmp_path,
                                                                monkeypatch):
    from backlash_app.analyze import analyze

    monkeypatch.setenv("BACKLASH_MODELS_DIR", str(tiny_registry))
    out = tmp_path / "out"
    summaries = analyze([], out_dir=str(out), urls=[f"{server}/missing"], feeds=[f"{server}/feed"],
                        allow_private=True)
    assert sorted(s["source"] for s in summaries) == [f"{server}/a", f"{server}/b", f"{server}/missing"]
    metrics = pd.read_parquet(out / "article_metrics")
    assert sorted(metrics.subject) == ["Dana Laurent", "Dana Whitfield"]
    assert pd.read_parquet(out / "quarantine").reason.str.contains("HTTP 404").all()
    refused = analyze([], out_dir=str(tmp_path / "refused"), urls=[f"{server}/a"])
    assert "non-public address" in refused[0]["error"]
