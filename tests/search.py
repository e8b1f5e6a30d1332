"""Typing into the portal's header search and reading the results, as a reader would."""

from __future__ import annotations

from urllib.parse import urlsplit

_META = ".md-search-result__meta"
# Material's search answers each key as it is typed; the answer to the last key is the
# result once nothing has changed for this long.
_SETTLE_MS = 400


def search(page, site_url: str, query: str) -> list[str]:
    """The result pages (paths under the site) for ``query``, best first."""
    if not page.url.startswith(site_url):
        page.goto(site_url)
    box = page.locator("input.md-search__input")
    # A phone opens the search from the header's icon; a wide screen shows the box.
    opener = page.locator("label.md-header__button[for=__search]")
    (opener if opener.is_visible() else box).click()
    placeholder = page.locator(_META).inner_text() if box.input_value() == "" else None
    box.press("Control+a")
    box.press("Backspace")
    page.wait_for_function(
        "() => !document.querySelector('.md-search-result__list').children.length"
    )
    if placeholder is None:
        placeholder = page.locator(_META).inner_text()
    box.press_sequentially(query)
    page.wait_for_function(
        "placeholder => document.querySelector('.md-search-result__meta').textContent.trim() !== placeholder.trim()",
        arg=placeholder,
    )
    previous = None
    while True:
        page.wait_for_timeout(_SETTLE_MS)
        hrefs = page.eval_on_selector_all(
            ".md-search-result__list > li > a.md-search-result__link",
            "links => links.map(a => a.href)",
        )
        if hrefs == previous:
            break
        previous = hrefs
    base = urlsplit(site_url).path
    return [urlsplit(h).path[len(base):] for h in hrefs]
