"""The open-data files: the Atom feed carries any text as text."""

from __future__ import annotations

import xml.etree.ElementTree as ET

from vanban.catalogue import atom_feed

ATOM = "{http://www.w3.org/2005/Atom}"


def test_the_feed_carries_markup_and_ampersands_as_text():
    title = 'Thông báo <b>lịch</b> họp & "kết luận" </title><script>x</script>'
    feed = atom_feed(
        {"documents": [{"title": title, "url": "van-ban/a/2024/1-tb/", "date": "2024-03-02",
                        "issuer": "Sở A & B", "number": "1/TB", "subject": "<i>về</i> việc"}]},
        "https://example.org/portal",
        "Cổng <văn bản> & chỉ thị",
    )
    root = ET.fromstring(feed)
    entry = root.find(f"{ATOM}entry")
    assert root.find(f"{ATOM}title").text == "Cổng <văn bản> & chỉ thị"
    assert entry.find(f"{ATOM}title").text == title
    assert entry.find(f"{ATOM}author/{ATOM}name").text == "Sở A & B"
    assert entry.find(f"{ATOM}summary").text == "Sở A & B — 1/TB — <i>về</i> việc"
    assert entry.find(f"{ATOM}link").get("href") == "https://example.org/portal/van-ban/a/2024/1-tb/"
    assert "<script>" not in feed
