"""``itnews``: the command line, a thin layer over the Python API."""

from __future__ import annotations

import json
import sys
from pathlib import Path
from typing import Annotated

import typer
from rich.console import Console
from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeElapsedColumn
from rich.table import Table

from pipeline.errors import ItnewsError

app = typer.Typer(
    name="itnews",
    help="Italian news to tables: organizations, money, dates and contract terms (CSV + Parquet).",
    no_args_is_help=True,
    add_completion=False,
    pretty_exceptions_enable=False,
)
console = Console(stderr=True)
out_console = Console(width=None if sys.stdout.isatty() else 120)

ModelOption = Annotated[
    str,
    typer.Option("--model", help="auto | default | blank | an it_core_news_* package | a pipeline folder."),
]
PublishedOption = Annotated[
    str | None,
    typer.Option("--published", help="Default publication date (YYYY-MM-DD) for articles without one."),
]


def _fail(message: str) -> None:
    console.print(f"[bold red]error:[/] {message}", highlight=False)
    raise typer.Exit(2)


@app.command()
def extract(
    paths: Annotated[list[Path], typer.Argument(help="Files or folders of articles (searched recursively).")],
    out: Annotated[Path, typer.Option("-o", "--out", help="Output folder.")] = Path("out"),
    fmt: Annotated[str, typer.Option("--format", help="Comma-separated: csv,parquet.")] = "csv,parquet",
    jobs: Annotated[int, typer.Option("--jobs", "-j", min=1, help="Worker processes.")] = 1,
    published: PublishedOption = None,
    model: ModelOption = "auto",
    force: Annotated[
        bool, typer.Option("--force", help="Redo every document, ignoring earlier runs.")
    ] = False,
    engine: Annotated[str, typer.Option("--engine", help="local | dask.")] = "local",
    scheduler: Annotated[str | None, typer.Option("--scheduler", help="Dask scheduler address.")] = None,
    strict: Annotated[bool, typer.Option("--strict", help="Exit 1 when any document failed.")] = False,
    silent: Annotated[bool, typer.Option("--silent", help="No progress bar or summary.")] = False,
) -> None:
    """Extract the tables from articles into OUT (documents, organizations, money, dates, terms).

    Example:

        itnews extract corpora/samples -o out --format csv,parquet --jobs 2 --published 2025-01-21
    """
    from pipeline.batch import process_folder

    for path in paths:
        if not path.exists():
            _fail(f"no such file or folder: {path}")
    try:
        with Progress(
            TextColumn("[bold]shards"),
            BarColumn(),
            MofNCompleteColumn(),
            TimeElapsedColumn(),
            console=console,
            disable=silent,
            transient=True,
        ) as bar:
            task = bar.add_task("extract", total=None)
            summary = process_folder(
                paths,
                out,
                formats=fmt.split(","),
                jobs=jobs,
                published=published,
                model=model,
                force=force,
                engine=engine,
                scheduler=scheduler,
                progress=lambda done, total: bar.update(task, completed=done, total=total),
            )
    except ItnewsError as exc:
        _fail(str(exc))
    if not silent:
        table = Table(title=f"itnews → {out}", show_header=False)
        table.add_row(
            "documents",
            f"{summary.documents} (ok {summary.ok}, empty {summary.empty}, "
            f"errors {summary.errors}, skipped {summary.skipped})",
        )
        for name, count in summary.rows.items():
            if name != "documents":
                table.add_row(f"rows: {name}", str(count))
        table.add_row("shards", f"{summary.shards} ({summary.shards_reused} reused)")
        table.add_row("speed", f"{summary.words_per_second:,.0f} words/s in {summary.seconds:.1f} s")
        console.print(table)
    if strict and summary.errors:
        raise typer.Exit(1)


def _show_table(title: str, rows: list[dict], columns: list[str]) -> None:
    table = Table(title=f"{title} ({len(rows)})", title_justify="left")
    for column in columns:
        table.add_column(column, overflow="fold")
    for row in rows:
        table.add_row(*("" if row.get(c) is None else str(row.get(c)) for c in columns))
    out_console.print(table)


@app.command()
def show(
    file: Annotated[Path, typer.Argument(help="One article file (.txt, .md, .json, .html).")],
    published: PublishedOption = None,
    model: ModelOption = "auto",
    as_json: Annotated[bool, typer.Option("--json", help="Print the records as JSON instead.")] = False,
) -> None:
    """Print what one article yields, as readable terminal tables.

    Example:

        itnews show corpora/samples/tech/cloud_esclusiva.txt --published 2025-01-21
    """
    from pipeline.api import extract_many
    from pipeline.read import iter_articles

    if not file.exists():
        _fail(f"no such file: {file}")
    if file.is_dir():
        _fail(
            f"{file} is a folder: `itnews show` prints one article file. Use `itnews extract {file} -o OUT`"
            " for a folder, and `itnews review OUT` to browse what an extraction wrote."
        )
    try:
        articles = list(iter_articles([file], root=file.parent, published=published))
        ok = [a for a in articles if a.ok]
        for article in articles:
            if not article.ok:
                console.print(f"[yellow]{article.doc_id}: {article.status}[/] {article.error or ''}")
        items = [(a.text, {"doc_id": a.doc_id, "published": a.published, "title": a.title}) for a in ok]
        results = list(extract_many(items, model=model))
    except ItnewsError as exc:
        _fail(str(exc))
    for res in results:
        if as_json:
            payload = {t: res.rows(t) for t in ("documents", "organizations", "money", "dates", "terms")}
            out_console.print_json(json.dumps(payload, default=str, ensure_ascii=False))
            continue
        doc = res.document
        out_console.rule(f"{doc.doc_id} — {doc.title or ''} (published {doc.published or 'unknown'})")
        _show_table("organizations", res.rows("organizations"), ["text", "name", "org_key", "start", "end"])
        _show_table(
            "money", res.rows("money"), ["text", "amount", "amount_max", "currency", "qualifier", "unit"]
        )
        _show_table(
            "dates", res.rows("dates"), ["text", "kind", "value", "start_date", "end_date", "duration"]
        )
        _show_table(
            "terms",
            res.rows("terms"),
            ["text", "type", "status", "parties", "amount", "currency", "end_date"],
        )


@app.command()
def review(
    out: Annotated[Path, typer.Argument(help="An output folder written by `itnews extract`.")],
    output: Annotated[Path | None, typer.Option("-o", "--output", help="Report path.")] = None,
) -> None:
    """Write a self-contained HTML report to check every extracted value against its sentence.

    Example:

        itnews review out -o out/report.html
    """
    from pipeline import review as build

    if not out.is_dir():
        _fail(f"no such output folder: {out}")
    path = build(out, output)
    console.print(f"report written to {path}")


@app.command("eval")
def evaluate(
    gold: Annotated[Path, typer.Option("--gold", help="Folder of gold JSONL files.")] = Path("corpora/gold"),
    shared: Annotated[Path, typer.Option("--shared", help="The shared reference data folder.")] = Path(
        "../shared"
    ),
    output: Annotated[Path, typer.Option("-o", "--output", help="Where to write the JSON scores.")] = Path(
        "out/eval.json"
    ),
    model: ModelOption = "auto",
    skip_kind: Annotated[bool, typer.Option("--skip-kind", help="Skip the KIND WN_dev NER measure.")] = False,
) -> None:
    """Score the pipeline on the team's gold and, when present, on the peer suites in ../shared.

    Example:

        itnews eval --gold corpora/gold --shared ../shared -o out/eval.json
    """
    from pipeline.evaluate import run_evaluation

    run_evaluation(
        gold=gold, shared=shared, output=output, model=model, skip_kind=skip_kind, console=out_console
    )


@app.command()
def bench(
    words: Annotated[int, typer.Option("--words", help="Size of the benchmark corpus in words.")] = 1_000_000,
    corpus: Annotated[
        Path | None, typer.Option("--corpus", help="Build the corpus from this folder.")
    ] = None,
    output: Annotated[Path, typer.Option("-o", "--output", help="JSON result.")] = Path("out/bench.json"),
    scaling: Annotated[
        str | None, typer.Option("--scaling", help="Job counts for a scaling curve: 1,2,4.")
    ] = None,
    repeats: Annotated[int, typer.Option("--repeats", help="Runs per measure (median).")] = 3,
    model: ModelOption = "auto",
    sample_words: Annotated[
        int, typer.Option("--sample-words", help="Words of the sample timed for search_dates.")
    ] = 20_000,
) -> None:
    """Measure speed, memory and load time side by side (a benchmark, not a test).

    Example:

        itnews bench --words 1000000 -o out/bench.json --scaling 1,2
    """
    from pipeline.benchmark import run_benchmark

    run_benchmark(
        words=words, corpus=corpus, output=output, scaling=scaling, repeats=repeats, console=out_console
    )


def main() -> None:
    """Entry point of ``python -m pipeline``."""
    try:
        app()
    except ItnewsError as exc:
        console.print(f"[bold red]error:[/] {exc}")
        sys.exit(2)


if __name__ == "__main__":
    main()
