"""Headless Chromium for the page tests: Debian's browser driven by Playwright, offline.

The flags keep Chromium from reaching the network on its own (this machine's network is
closed, and a page test must see only the requests the page makes).
"""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path

CHROMIUM = Path("/usr/bin/chromium")
ARGS = ["--headless=new", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
        "--disable-background-networking", "--disable-component-update", "--disable-sync"]
ARTIFACTS = Path(__file__).resolve().parent / "artifacts"
MISSING = f"{CHROMIUM} is missing: run `make system-deps` (Debian chromium)"


@dataclass
class Opened:
    """A page opened in the browser, and what it did: requests, console errors, dialogs."""

    page: object
    requests: list[str] = field(default_factory=list)
    errors: list[str] = field(default_factory=list)
    dialogs: list[str] = field(default_factory=list)


@contextmanager
def chromium() -> Iterator[object]:
    """Chromium launched by Playwright, closed on the way out."""
    from playwright.sync_api import sync_playwright

    with sync_playwright() as playwright:
        launched = playwright.chromium.launch(executable_path=str(CHROMIUM), args=ARGS)
        try:
            yield launched
        finally:
            launched.close()


def open_page(browser, url: str, ready: str = "body", *, width: int = 1300,
              timeout: float = 30_000) -> Opened:
    """`url` in a new page, once `ready` is in it, with what the page requests, logs as an
    error and asks in a dialog (dismissed) recorded from the start."""
    page = browser.new_page(viewport={"width": width, "height": 900}, accept_downloads=True)
    opened = Opened(page)
    page.on("request", lambda request: opened.requests.append(request.url))
    page.on("console", lambda message: message.type == "error"
            and opened.errors.append(message.text))
    page.on("pageerror", lambda error: opened.errors.append(str(error)))
    page.on("dialog", lambda dialog: (opened.dialogs.append(dialog.message), dialog.dismiss()))
    page.goto(url)
    page.wait_for_selector(ready, state="attached", timeout=timeout)
    return opened
