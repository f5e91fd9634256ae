"""A tiny Chrome DevTools Protocol client over ``--remote-debugging-pipe``: standard library only.

Chromium reads commands from file descriptor 3 and writes replies and events to descriptor 4, one JSON
message each, separated by NUL bytes. That is all a test needs to open a page from disk, run JavaScript in
it, and take a screenshot, without websockets or a webdriver.
"""

from __future__ import annotations

import base64
import json
import os
import select
import shutil
import subprocess
import tempfile
import time
from pathlib import Path
from typing import Any

#: Flags for a quiet, offline, throw-away headless browser (root in CI needs --no-sandbox).
CHROMIUM_FLAGS = (
    "--headless",
    "--no-sandbox",
    "--disable-gpu",
    "--disable-quic",
    "--no-first-run",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--disable-extensions",
    "--disable-dev-shm-usage",
    "--hide-scrollbars",
    "--mute-audio",
)

CANDIDATES = ("chromium", "chromium-browser", "google-chrome", "google-chrome-stable", "chrome")


def find_chromium() -> str | None:
    """Path of a Chromium/Chrome executable, from ``$CHROMIUM`` or the ``PATH``; None when there is none."""
    explicit = os.environ.get("CHROMIUM")
    if explicit and shutil.which(explicit):
        return shutil.which(explicit)
    for name in CANDIDATES:
        found = shutil.which(name)
        if found:
            return found
    return None


class CDPError(RuntimeError):
    """A DevTools command failed, timed out, or the browser went away."""


class Browser:
    """One headless Chromium process driven over the DevTools pipe; use as a context manager."""

    def __init__(self, executable: str, window: tuple[int, int] = (1280, 900), timeout: float = 30.0) -> None:
        self.timeout = timeout
        self.events: list[dict[str, Any]] = []
        self._next_id = 0
        self._buffer = b""
        self._profile = tempfile.mkdtemp(prefix="itnews-chromium-")
        to_browser_read, self._to_browser = os.pipe()
        self._from_browser, from_browser_write = os.pipe()
        # Move the child's ends above 3 and 4 first so that dup2 cannot clobber one with the other.
        child_read, child_write = os.dup(to_browser_read), os.dup(from_browser_write)
        while min(child_read, child_write) <= 4:
            child_read, child_write = os.dup(child_read), os.dup(child_write)

        def wire_pipes() -> None:
            os.dup2(child_read, 3)
            os.dup2(child_write, 4)

        self.log_path = Path(self._profile) / "chromium.log"
        with self.log_path.open("wb") as log:
            self.process = subprocess.Popen(
                [
                    executable,
                    *CHROMIUM_FLAGS,
                    f"--user-data-dir={self._profile}",
                    f"--window-size={window[0]},{window[1]}",
                    "--remote-debugging-pipe",
                    "about:blank",
                ],
                stdin=subprocess.DEVNULL,
                stdout=log,
                stderr=log,
                pass_fds=(3, 4, child_read, child_write),
                preexec_fn=wire_pipes,  # noqa: PLW1509 - runs before exec, only dup2
            )
        for fd in (to_browser_read, from_browser_write, child_read, child_write):
            os.close(fd)

    def __enter__(self) -> Browser:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    def _read_message(self, deadline: float) -> dict[str, Any]:
        while b"\0" not in self._buffer:
            left = deadline - time.monotonic()
            if left <= 0:
                raise CDPError("timed out waiting for Chromium")
            ready, _, _ = select.select([self._from_browser], [], [], left)
            if ready:
                chunk = os.read(self._from_browser, 1 << 20)
                if not chunk:
                    raise CDPError(
                        f"Chromium closed the pipe; log: {self.log_path.read_text(errors='replace')[-2000:]}"
                    )
                self._buffer += chunk
        message, self._buffer = self._buffer.split(b"\0", 1)
        return json.loads(message)

    def send(
        self,
        method: str,
        params: dict[str, Any] | None = None,
        session: str | None = None,
        timeout: float | None = None,
    ) -> dict[str, Any]:
        """Run one DevTools command and return its result; events met meanwhile go to :attr:`events`."""
        self._next_id += 1
        command: dict[str, Any] = {"id": self._next_id, "method": method, "params": params or {}}
        if session:
            command["sessionId"] = session
        os.write(self._to_browser, json.dumps(command).encode() + b"\0")
        deadline = time.monotonic() + (timeout or self.timeout)
        while True:
            message = self._read_message(deadline)
            if message.get("id") == self._next_id:
                if "error" in message:
                    raise CDPError(f"{method}: {message['error']}")
                return message.get("result", {})
            self.events.append(message)

    def new_page(self) -> Page:
        """Open a blank tab and attach to it."""
        target = self.send("Target.createTarget", {"url": "about:blank"})["targetId"]
        session = self.send("Target.attachToTarget", {"targetId": target, "flatten": True})["sessionId"]
        return Page(self, session)

    def close(self) -> None:
        """Close the browser and remove its profile."""
        if self.process.poll() is None:
            try:
                self.send("Browser.close", timeout=5)
            except (CDPError, OSError):
                pass
            try:
                self.process.wait(timeout=10)
            except subprocess.TimeoutExpired:
                self.process.kill()
                self.process.wait()
        for fd in (self._to_browser, self._from_browser):
            try:
                os.close(fd)
            except OSError:
                pass
        shutil.rmtree(self._profile, ignore_errors=True)


class Page:
    """One attached tab: navigate, evaluate JavaScript, wait for a condition, capture a screenshot."""

    def __init__(self, browser: Browser, session: str) -> None:
        self.browser, self.session = browser, session
        for domain in ("Page", "Runtime"):
            self.send(f"{domain}.enable")

    def send(self, method: str, params: dict[str, Any] | None = None, timeout: float | None = None) -> dict:
        """Run a DevTools command in this tab."""
        return self.browser.send(method, params, self.session, timeout)

    def events(self, method: str) -> list[dict[str, Any]]:
        """Parameters of every event ``method`` this tab has sent so far."""
        return [
            e.get("params", {})
            for e in self.browser.events
            if e.get("method") == method and e.get("sessionId") == self.session
        ]

    def add_init_script(self, source: str) -> None:
        """Run ``source`` in every new document of this tab before its own scripts."""
        self.send("Page.addScriptToEvaluateOnNewDocument", {"source": source})

    def evaluate(self, expression: str, timeout: float | None = None) -> Any:
        """Value of a JavaScript expression (promises are awaited); JavaScript exceptions raise CDPError."""
        result = self.send(
            "Runtime.evaluate",
            {"expression": expression, "returnByValue": True, "awaitPromise": True},
            timeout,
        )
        if "exceptionDetails" in result:
            raise CDPError(f"JavaScript error in {expression!r}: {result['exceptionDetails']}")
        return result["result"].get("value")

    def wait_for(self, expression: str, timeout: float = 20.0, interval: float = 0.05) -> Any:
        """Poll ``expression`` until it is truthy and return its value."""
        deadline = time.monotonic() + timeout
        while True:
            value = self.evaluate(expression)
            if value:
                return value
            if time.monotonic() > deadline:
                raise CDPError(f"timed out waiting for {expression!r}")
            time.sleep(interval)

    def navigate(
        self, url: str, ready: str = "document.readyState === 'complete'", timeout: float = 60.0
    ) -> None:
        """Load ``url`` and wait until ``ready`` holds."""
        self.send("Page.navigate", {"url": url}, timeout)
        self.wait_for(ready, timeout)

    def screenshot(self, path: Path, full_page: bool = False) -> Path:
        """Save a PNG of the viewport (or of the whole page) to ``path``."""
        params: dict[str, Any] = {"format": "png"}
        if full_page:
            params["captureBeyondViewport"] = True
        data = self.send("Page.captureScreenshot", params, timeout=60)["data"]
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_bytes(base64.b64decode(data))
        return path
