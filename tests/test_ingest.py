"""Reading articles: formats, titles, and clear errors for bad input."""

from __future__ import annotations

import json

import pytest

from backlash.ingest import IngestError, expand_paths, read_article


def test_text_file_first_short_line_is_the_title(tmp_path):
    path = tmp_path / "a.txt"
    path.write_text("Mayor quits\n\nThe mayor quit on Monday.\n")
    article = read_article(path)
    assert article.title == "Mayor quits" and article.text == "The mayor quit on Monday."
    assert article.html is None and len(article.article_id) == 16


def test_same_text_gives_the_same_id(tmp_path):
    (tmp_path / "a.txt").write_text("The mayor quit on Monday.")
    (tmp_path / "b.txt").write_text("The  mayor quit   on Monday.\n")
    assert read_article(tmp_path / "a.txt").article_id == read_article(tmp_path / "b.txt").article_id


def test_html_keeps_markup_for_embeds(tmp_path):
    path = tmp_path / "a.html"
    path.write_text("<html><head><title>T</title></head><body><h1>Headline</h1>"
                    "<p>First paragraph of the story, long enough to be text.</p>"
                    '<blockquote class="twitter-tweet"><p>hi</p></blockquote></body></html>')
    article = read_article(path)
    assert article.title == "Headline" and "First paragraph" in article.text
    assert "twitter-tweet" in article.html


def test_a_page_of_more_elements_than_any_news_page_is_read_paragraph_by_paragraph(tmp_path, monkeypatch):
    from backlash.ingest import files

    monkeypatch.setattr(files, "MAX_MAIN_TEXT_ELEMENTS", 20)  # instead of building 20,000 elements
    path = tmp_path / "huge.html"
    path.write_text("<html><body>" + "".join(f"<p>Rider number {i} wrote to the council.</p>" for i in range(40))
                    + "</body></html>")
    article = read_article(path)
    assert article.text.split("\n\n") == [f"Rider number {i} wrote to the council." for i in range(40)]


@pytest.mark.parametrize(("canonical", "url"), [
    ("https://news.example/2026/03/fares-rise", "https://news.example/2026/03/fares-rise"),
    ("https://news.example/", None),  # a site's front page: every article of the site would be one
    ("https://news.example", None),
    ("http://[broken", None),
])
def test_a_page_s_canonical_link_is_its_address_unless_it_names_the_front_page(tmp_path, canonical, url):
    path = tmp_path / "a.html"
    path.write_text(f'<html><head><link rel="canonical" href="{canonical}"></head><body><h1>Fares rise</h1>'
                    "<p>The council raised bus fares on Monday, and riders were angry about it.</p></body></html>")
    article = read_article(path)
    assert article.url == url
    assert article.article_id == read_article(path).article_id


def test_json_fields_and_overrides(tmp_path):
    path = tmp_path / "a.json"
    path.write_text(json.dumps({"title": "T", "text": "Body.", "url": "https://e.org/a/",
                                "published_at": "2026-01-02T03:04:05+00:00", "target": "the plan"}))
    article = read_article(path)
    assert (article.title, article.text, article.target) == ("T", "Body.", "the plan")
    assert article.published_at.year == 2026 and article.url == "https://e.org/a/"


@pytest.mark.parametrize(("name", "content", "reason"), [
    ("empty.txt", b"   \n", "empty file"),
    ("bin.txt", b"\x00\x01\x02abc", "binary"),
    ("bad.json", b'{"text": "x"', "malformed JSON"),
    ("list.json", b"[1, 2]", "must be an object"),
    ("notext.json", b'{"title": "x"}', "neither a non-empty"),
    ("date.json", b'{"text": "x", "published_at": "yesterday"}', "ISO date"),
    ("doc.pdf", b"%PDF-1.4", "unsupported file type .pdf"),
    ("target.json", b'{"text": "x", "target": ["the", "plan"]}', "`target` must be a string, not list"),
    ("title.json", b'{"text": "x", "title": "' + b"Fares rise " * 200_000 + b'"}', "`title` is 2,200,000 characters"),
    ("url.json", b'{"text": "x", "url": 7}', "`url` must be a string"),
    ("deep.json", b"[" * 100_000 + b"]" * 100_000, "nested too deeply"),
])
def test_bad_input_raises_a_clear_error(tmp_path, name, content, reason):
    path = tmp_path / name
    path.write_bytes(content)
    with pytest.raises(IngestError, match=reason):
        read_article(path)


def test_windows_1252_text_is_decoded(tmp_path):
    path = tmp_path / "a.txt"
    path.write_bytes("Caf\u00e9 owners said \u201cno\u201d.".encode("cp1252"))
    assert "Café" in read_article(path).text


@pytest.mark.parametrize("suffix", [".txt", ".json", ".html"])
def test_line_breaks_of_any_system_and_invisible_characters_are_normalized(tmp_path, suffix):
    title = "Mayor\u200b Whit\u00adfield\u2019s fare rise"  # a zero-width space, a soft hyphen
    body = "Cafe\u0301 owners said \u201cno\u201d.\r\rA rider agreed."  # a combining accent, old Mac breaks
    path = tmp_path / f"a{suffix}"
    if suffix == ".txt":
        path.write_text(f"{title}\r\n\r\n{body}", newline="")
    elif suffix == ".json":
        path.write_text(json.dumps({"title": title, "text": body}))
    else:
        path.write_text(f"<html><body><h1>{title}</h1><p>{body.replace(chr(13) * 2, '</p><p>')}</p></body></html>")
    article = read_article(path)
    assert article.title == "Mayor Whitfield\u2019s fare rise"
    assert "Caf\u00e9 owners said" in article.text and "\r" not in article.text
    assert article.text.endswith("\nA rider agreed.")


def test_folders_expand_to_sorted_visible_files(tmp_path):
    (tmp_path / "b.txt").write_text("x")
    (tmp_path / "a.html").write_text("x")
    (tmp_path / ".hidden.txt").write_text("x")
    (tmp_path / "c.txt").symlink_to(tmp_path / "gone.txt")  # a broken link: kept, to be quarantined
    assert [p.name for p in expand_paths([tmp_path])] == ["a.html", "b.txt", "c.txt"]
    with pytest.raises(IngestError, match="cannot read file"):
        read_article(tmp_path / "c.txt")
