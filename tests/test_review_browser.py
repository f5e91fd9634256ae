"""The review report in a real headless Chromium, opened from disk and driven over the DevTools pipe.

Skips (with the reason) only where no Chromium executable can be found; ``.ci/run`` installs Debian's
``chromium``. Screenshots go to ``tests/artifacts/`` (git-ignored). ``docs/review.png``, the README picture,
shows the report of ``make run`` on ``corpora/samples``; ``ITNEWS_UPDATE_SCREENSHOT=1`` replaces it with the
document view of the test fixture.
"""

from __future__ import annotations

import json
import os
import shutil
import time
import urllib.parse
from collections.abc import Iterator
from pathlib import Path

import pyarrow.parquet as pq
import pytest

from pipeline.review import build_report

try:
    from tests.browser.cdp import Browser, Page, find_chromium
    from tests.browser.sample_output import ARTICLES, PWNED_FLAG, large_rows, sample_rows, write_output
except ImportError:  # tests/ run as rootdir-relative modules
    from browser.cdp import Browser, Page, find_chromium
    from browser.sample_output import ARTICLES, PWNED_FLAG, large_rows, sample_rows, write_output

pytestmark = pytest.mark.slow

REPO_ROOT = Path(__file__).resolve().parents[1]
ARTIFACTS = REPO_ROOT / "tests" / "artifacts"
HOSTILE_DOC = "hostile/<script>.txt"

#: Runs before the report's own script: records alerts and blocked content instead of letting them pass.
WATCHERS = """
window.__alerts = [];
window.alert = window.confirm = window.prompt = function (m) { window.__alerts.push(String(m)); };
window.__violations = [];
document.addEventListener('securitypolicyviolation', function (e) {
  window.__violations.push(e.violatedDirective + ' ' + e.blockedURI);
});
"""
READY = "document.body && document.body.getAttribute('data-ready') === '1'"


@pytest.fixture(scope="module")
def chromium() -> str:
    executable = find_chromium()
    if executable is None:
        pytest.skip("no Chromium found (install Debian's `chromium`, or set $CHROMIUM)")
    return executable


@pytest.fixture(scope="module")
def out_dir(tmp_path_factory: pytest.TempPathFactory) -> Path:
    out = write_output(tmp_path_factory.mktemp("out"), sample_rows(), formats=("parquet",))
    build_report(out)
    return out


@pytest.fixture(scope="module")
def page(chromium: str, out_dir: Path) -> Iterator[Page]:
    with Browser(chromium) as browser:
        tab = browser.new_page()
        tab.add_init_script(WATCHERS)
        tab.navigate((out_dir / "report.html").as_uri(), ready=READY)
        yield tab
        assert not tab.events("Runtime.exceptionThrown"), "the report threw a JavaScript error"


def go(page: Page, **params: str) -> None:
    """Route the report to ``#view=...`` and wait until the view is drawn."""
    page.evaluate(f"location.hash = {json.dumps(urllib.parse.urlencode(params))}")
    if params["view"] == "table":
        page.wait_for(
            f"document.getElementById('view-table').dataset.rendered === {json.dumps(params['table'])}"
        )
    elif params["view"] == "doc":
        page.wait_for(f"document.getElementById('view-document').dataset.doc === {json.dumps(params['doc'])}")
    else:
        page.wait_for(f"document.body.dataset.view === {json.dumps(params['view'])}")


def visible_rows(page: Page) -> int:
    return page.evaluate("document.querySelectorAll('#data-table tbody tr').length")


def table_rows(out_dir: Path, table: str) -> list[dict]:
    return pq.read_table(out_dir / f"{table}.parquet").to_pylist()


# --- overview -----


def test_overview_counts_match_the_tables(page: Page, out_dir: Path) -> None:
    go(page, view="overview")
    shown = page.evaluate(
        "Object.fromEntries([...document.querySelectorAll('[data-metric]')]"
        ".map(e => [e.dataset.metric, Number(e.querySelector('.value').textContent)]))"
    )
    documents = table_rows(out_dir, "documents")
    statuses = [row["status"] for row in documents]
    assert shown["documents.processed"] == len(documents)
    assert shown["documents.empty"] == statuses.count("empty")
    assert shown["documents.failed"] == statuses.count("error")
    for table in ("documents", "organizations", "money", "dates", "terms"):
        assert shown[f"rows.{table}"] == len(table_rows(out_dir, table)), table
    failures = page.evaluate(
        "[...document.querySelectorAll('table.failures tbody tr')].map(r => r.textContent)"
    )
    assert len(failures) == 1 and "UnicodeDecodeError" in failures[0]
    bars = page.evaluate(
        "[...document.querySelectorAll('svg.chart rect[data-count]')].map(r => +r.dataset.count)"
    )
    assert sum(bars) == len(table_rows(out_dir, "terms"))
    page.screenshot(ARTIFACTS / "review_overview.png", full_page=True)


# --- tables: filter, select, sort -----


def test_text_filter_shows_matching_rows(page: Page, out_dir: Path) -> None:
    go(page, view="table", table="money")
    assert visible_rows(page) == len(table_rows(out_dir, "money"))
    page.evaluate(
        "(() => { const f = document.getElementById('table-filter'); f.value = 'milioni';"
        " f.dispatchEvent(new Event('input')); })()"
    )
    expected = sum("milioni" in row["text"] for row in table_rows(out_dir, "money"))
    page.wait_for(f"document.getElementById('table-count').dataset.visible === '{expected}'")
    assert visible_rows(page) == expected
    texts = page.evaluate(
        "[...document.querySelectorAll('#data-table tbody a.evidence')].map(a => a.textContent)"
    )
    assert all("milioni" in text for text in texts)
    page.evaluate(
        "(() => { const f = document.getElementById('table-filter'); f.value = '';"
        " f.dispatchEvent(new Event('input')); })()"
    )


def test_select_filter_by_status(page: Page, out_dir: Path) -> None:
    go(page, view="table", table="terms")
    page.evaluate(
        "(() => { const s = document.querySelector('select[data-column=status]'); s.value = 'active';"
        " s.dispatchEvent(new Event('change')); })()"
    )
    expected = sum(row["status"] == "active" for row in table_rows(out_dir, "terms"))
    assert visible_rows(page) == expected
    statuses = page.evaluate(
        "[...document.querySelectorAll('#data-table tbody .badge')].map(b => b.textContent)"
    )
    assert statuses == ["active"] * expected


def test_sorting_by_amount(page: Page, out_dir: Path) -> None:
    go(page, view="table", table="money")
    page.evaluate("document.querySelector('#data-table th[data-column=amount]').click()")
    page.evaluate("document.querySelector('#data-table th[data-column=amount]').click()")  # descending
    first = page.evaluate("document.querySelector('#data-table tbody a.evidence').textContent")
    largest = max(table_rows(out_dir, "money"), key=lambda row: row["amount"])
    assert first == largest["text"]


def test_documents_table_counts_spans_per_document(page: Page, out_dir: Path) -> None:
    go(page, view="table", table="documents")
    shown = page.evaluate(
        """(() => {
          const heads = [...document.querySelectorAll('#data-table thead th')].map(th => th.dataset.column);
          return [...document.querySelectorAll('#data-table tbody tr')].map(tr => Object.fromEntries(
            [...tr.children].map((td, i) => [heads[i], td.textContent])));
        })()"""
    )
    for table in ("organizations", "money", "dates", "terms"):
        rows = table_rows(out_dir, table)
        for document in shown:
            assert int(document[table]) == sum(row["doc_id"] == document["doc_id"] for row in rows), table


# --- document view -----


def test_evidence_link_opens_the_document_at_its_span(page: Page, out_dir: Path) -> None:
    go(page, view="table", table="money")
    page.evaluate("document.querySelector('#data-table th[data-column=amount]').click()")  # ascending again
    page.evaluate("document.querySelector('#data-table tbody a.evidence').click()")
    page.wait_for("document.body.dataset.view === 'doc'")
    smallest = min(table_rows(out_dir, "money"), key=lambda row: row["amount"])
    assert page.evaluate("document.getElementById('view-document').dataset.doc") == smallest["doc_id"]
    focused = page.evaluate("document.querySelector('#article mark.focus').dataset.spans")
    assert f"money:{smallest['mention_id']}" in focused.split()


def test_document_view_highlights_every_span(page: Page, out_dir: Path) -> None:
    doc_id = "finanza/veltra_adriatica.txt"
    go(page, view="doc", doc=doc_id)
    spans = page.evaluate(
        """(() => {
          const text = {};
          for (const mark of document.querySelectorAll('#article mark')) {
            const own = [...mark.childNodes].filter(n => n.nodeType === 3).map(n => n.textContent).join('');
            for (const key of mark.dataset.spans.split(' ')) { text[key] = (text[key] || '') + own; }
          }
          return text;
        })()"""
    )
    expected = {}
    for table, id_column in (
        ("organizations", "mention_id"),
        ("money", "mention_id"),
        ("dates", "mention_id"),
        ("terms", "term_id"),
    ):
        for row in table_rows(out_dir, table):
            if row["doc_id"] == doc_id:
                expected[f"{table}:{row[id_column]}"] = row["text"]
    assert spans == expected
    assert page.evaluate(
        "document.getElementById('article').textContent.replace(/ORG|MONEY|DATE|TERM/g, '')"
    ) == ARTICLES[doc_id].replace("ORG", "")
    labels = page.evaluate("[...document.querySelectorAll('#article .hl-label')].length")
    assert labels == len(expected)
    hover = page.evaluate("document.querySelector('#article mark.hl-money').title")
    assert "2300000 EUR" in hover
    terms = page.evaluate("[...document.querySelectorAll('.term-list li')].map(li => li.textContent)")
    assert len(terms) == sum(row["doc_id"] == doc_id for row in table_rows(out_dir, "terms"))
    assert any("SUPPLY_SERVICE_CONTRACT" in term and "Banca Adriatica" in term for term in terms)
    page.screenshot(ARTIFACTS / "review_document.png")
    if os.environ.get("ITNEWS_UPDATE_SCREENSHOT") == "1":
        shutil.copyfile(ARTIFACTS / "review_document.png", REPO_ROOT / "docs" / "review.png")


# --- safety -----


def test_hostile_document_renders_as_text_and_runs_nothing(page: Page) -> None:
    for params in (
        {"view": "overview"},
        {"view": "table", "table": "documents"},
        {"view": "table", "table": "organizations"},
        {"view": "table", "table": "terms"},
        {"view": "doc", "doc": HOSTILE_DOC},
    ):
        go(page, **params)
    time.sleep(0.3)  # give any smuggled handler (img onerror) time to fire
    article = page.evaluate("document.getElementById('article').textContent")
    assert f"<script>window.{PWNED_FLAG}" in article and "</script>" in article
    assert page.evaluate(f"typeof window.{PWNED_FLAG}") == "undefined"
    assert page.evaluate("window.__alerts") == []
    assert page.evaluate("window.__violations") == [], "nothing was even blocked: no markup was created"
    assert page.evaluate("document.querySelectorAll('img, iframe, object, embed').length") == 0
    assert page.evaluate("document.scripts.length") == 2
    links = page.evaluate("[...document.querySelectorAll('a[href]')].map(a => a.getAttribute('href'))")
    assert all(href.startswith("#") for href in links), links  # the javascript: url is shown, not linked
    page.evaluate("[...document.querySelectorAll('#view-document a')].forEach(a => a.click())")
    assert page.evaluate(f"typeof window.{PWNED_FLAG}") == "undefined"
    page.screenshot(ARTIFACTS / "review_hostile.png")
    go(page, view="doc", doc="finanza/veltra_adriatica.txt")  # only http(s) urls become links
    external = page.evaluate("[...document.querySelectorAll('a[href^=http]')].map(a => [a.href, a.rel])")
    assert external == [["https://example.com/finanza?id=1&x=%3Cb%3E", "noopener noreferrer"]]


# --- edge outputs -----


def test_output_without_rows_still_renders(chromium: str, tmp_path: Path) -> None:
    sample = sample_rows()
    only_failures = {name: [] for name in sample.rows}
    only_failures["documents"] = [row for row in sample.rows["documents"] if row["status"] != "ok"]
    report = build_report(write_output(tmp_path / "out", type(sample)(only_failures), formats=("csv",)))
    with Browser(chromium) as browser:
        tab = browser.new_page()
        tab.navigate(report.as_uri(), ready=READY)
        failed = "document.querySelector('[data-metric=\"documents.failed\"] .value').textContent"
        assert tab.evaluate(failed) == "1"
        for table in ("documents", "organizations", "money", "dates", "terms"):
            go(tab, view="table", table=table)
        go(tab, view="doc", doc="vuoto.txt")
        go(tab, view="doc", doc="not-in-the-output.txt")
        assert not tab.events("Runtime.exceptionThrown")


# --- large outputs -----


def test_large_output_opens_and_filters_quickly(chromium: str, tmp_path: Path) -> None:
    sample = large_rows(n_docs=2000, n_rows=50000)
    out = write_output(tmp_path / "out", sample, formats=("parquet",))
    started = time.monotonic()
    report = build_report(out)
    build_seconds = time.monotonic() - started
    n_rows = sum(len(sample.rows[t]) for t in ("organizations", "money", "dates", "terms"))
    with Browser(chromium, timeout=120) as browser:
        tab = browser.new_page()
        started = time.monotonic()
        tab.navigate(report.as_uri(), ready=READY, timeout=120)
        open_seconds = time.monotonic() - started
        go(tab, view="table", table="organizations")
        started = time.monotonic()
        tab.evaluate(
            "(() => { const f = document.getElementById('table-filter'); f.value = 'articolo_01999';"
            " f.dispatchEvent(new Event('input')); })()"
        )
        expected = sum(row["doc_id"].endswith("01999.txt") for row in sample.rows["organizations"])
        tab.wait_for(f"document.getElementById('table-count').dataset.visible === '{expected}'", timeout=60)
        filter_seconds = time.monotonic() - started
        assert visible_rows(tab) == min(expected, 100)
        go(tab, view="doc", doc="massa/articolo_01000.txt")
    size_mb = report.stat().st_size / 1e6
    print(
        f"\n{len(sample.rows['documents'])} documents, {n_rows} rows: report {size_mb:.1f} MB built in "
        f"{build_seconds:.1f} s, opened in {open_seconds:.1f} s, filtered in {filter_seconds:.2f} s"
    )
    assert n_rows >= 50000
    assert open_seconds < 30 and filter_seconds < 5
