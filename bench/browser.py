"""What a person waits for, measured in a real browser: python -m bench.browser STORE → one JSON line.

The app is started on 127.0.0.1 over the store and driven by Playwright in Debian's headless Chromium
(`/usr/bin/chromium`, no browser download). Each time runs from the action until the page has stopped
running (Streamlit's status widget gone) and its charts are drawn: the first load of the overview (on a
server that has answered its readiness check, and on one nobody has asked yet), a filter change (a province
chosen in the sidebar, on the overview and the map), a page switch by the navigation, and opening a shared
URL (a fresh tab with a filter in its query string). Interactions are timed from a page that has finished
loading, Plotly's chunk included (fetched once the overview is drawn and the browser idle).
"""
from __future__ import annotations

import contextlib
import json
import os
import tempfile
import socket
import subprocess
import sys
import time
import urllib.request
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
CHROMIUM = "/usr/bin/chromium"
SWITCHES = ("地图", "时间线", "关键词", "荣誉", "资金", "文章", "总览")


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


@contextlib.contextmanager
def serve(store: Path, wait_s: float = 60, ready_check: bool = False):
    """The app over `store`, started afresh on a free port of 127.0.0.1: its URL while the block runs (the
    benchmark and the browser tests both start it this way). Raises RuntimeError with the server's last output
    when it does not answer its health check in time.

    `ready_check`: before the block, ask the script health check (/_stcore/script-health-check, enabled in
    .streamlit/config.toml) as a deployment's readiness probe does: it runs the app once, so the modules are
    imported and the store opened before the first visitor comes (README, "Serving on a network")."""
    port = _free_port()
    env = dict(os.environ, UNION_STORE_DIR=str(store))
    with tempfile.TemporaryFile() as log:
        server = subprocess.Popen([sys.executable, "-m", "streamlit", "run", str(ROOT / "app.py"), "--server.headless",
                                   "true", "--server.address", "127.0.0.1", "--server.port", str(port),
                                   "--browser.gatherUsageStats", "false", "--server.scriptHealthCheckEnabled",
                                   "true"], cwd=ROOT, env=env, stdout=log, stderr=subprocess.STDOUT)
        url = f"http://127.0.0.1:{port}"
        try:
            deadline = time.monotonic() + wait_s
            while True:
                try:
                    if urllib.request.urlopen(url + "/_stcore/health", timeout=1).read() == b"ok":
                        break
                except OSError:
                    if time.monotonic() > deadline or server.poll() is not None:
                        log.seek(0)
                        raise RuntimeError("streamlit did not start: " +
                                           log.read().decode(errors="replace")[-2000:]) from None
                    time.sleep(0.25)
            if ready_check:
                urllib.request.urlopen(url + "/_stcore/script-health-check", timeout=wait_s).read()
            yield url
        finally:
            server.terminate()
            server.wait(timeout=30)


def _settled(page, timeout_s: float = 120) -> None:
    """Until the script has stopped and what it draws is there (an ECharts canvas where the page has one)."""
    page.wait_for_selector("[data-testid=stApp]", timeout=timeout_s * 1000)
    page.wait_for_timeout(150)  # the status widget appears a moment after a rerun starts
    page.wait_for_function("!document.querySelector('[data-testid=\"stStatusWidget\"]')", timeout=timeout_s * 1000)


def _loaded(page, timeout_s: float = 30) -> None:
    """Until a freshly opened page has also loaded what it loads once drawn (Plotly's chunk, when idle:
    dashboard.preload.preload_plotly_when_idle): interactions are timed from a page a person has begun to read,
    not in the second it appeared."""
    _settled(page)
    page.wait_for_function("window.plotlyPreloaded === true", timeout=timeout_s * 1000)


# every ECharts component (the map, the overview's bar charts) has drawn its canvas
CHARTS_DRAWN = ("document.querySelector('canvas') && [...document.querySelectorAll("
                "'[data-testid=\"stBidiComponentRegular\"]')].every((c) => c.querySelector('canvas'))")


def _opened(page, address: str) -> float:
    """Seconds from asking for a page until it has stopped running and all its charts are drawn."""
    t0 = time.perf_counter()
    page.goto(address)
    _settled(page)
    page.wait_for_function(CHARTS_DRAWN, timeout=120_000)
    return time.perf_counter() - t0


def measure(store: Path) -> dict:
    """The times a person waits for. The first load twice: the first visitor of a server that has answered
    its readiness check, and of a server nobody has asked anything yet (its first script run then imports
    pandas and DuckDB and opens the store while the visitor waits)."""
    from playwright.sync_api import sync_playwright
    with serve(store) as url, sync_playwright() as p:
        browser = p.chromium.launch(executable_path=CHROMIUM, args=["--no-sandbox", "--disable-gpu"])
        first_fresh = _opened(browser.new_page(viewport={"width": 1400, "height": 1000}, locale="zh-CN"), url + "/")
        browser.close()
    with serve(store, ready_check=True) as url:
        with sync_playwright() as p:
            browser = p.chromium.launch(executable_path=CHROMIUM, args=["--no-sandbox", "--disable-gpu"])
            page = browser.new_page(viewport={"width": 1400, "height": 1000}, locale="zh-CN")
            first = _opened(page, url + "/")
            changes = []
            for target in ("/", "/map"):
                page.goto(url + target)
                _loaded(page)
                for _ in range(2):
                    box = page.locator("[data-testid=stMultiSelect]").first
                    box.click()
                    option = page.locator("[role=option]").nth(len(changes) + 1)
                    t0 = time.perf_counter()
                    option.click()
                    _settled(page)
                    changes.append(time.perf_counter() - t0)
                    page.keyboard.press("Escape")
            page.goto(url + "/")
            _loaded(page)
            switches = {}
            for name in SWITCHES:
                link = page.locator("[data-testid=stSidebarNav] a", has_text=name).first
                t0 = time.perf_counter()
                link.click()
                _settled(page)
                switches[name] = time.perf_counter() - t0
            shared = browser.new_page(viewport={"width": 1400, "height": 1000}, locale="zh-CN")
            shared_url = _opened(shared, url + "/map?prov=%E6%B1%9F%E8%A5%BF")
            browser.close()
    return {"first_load": first, "first_load_fresh_server": first_fresh, "filter_change": max(changes),
            "filter_changes": changes, "page_switch": max(switches.values()), "page_switches": switches,
            "shared_url": shared_url}


if __name__ == "__main__":
    from bench import store_argument
    print(json.dumps(measure(store_argument(__doc__)), ensure_ascii=False))
