"""One benchmark measure, run in its own process so that its peak RSS is its own figure.

``python -m pipeline.bench_probe MEASURE '{"folder": ..., ...}'`` runs one measure and prints its result
as the last stdout line, prefixed with ``RESULT_PREFIX``. The orchestrator is ``pipeline.benchmark``.

Every words/s figure divides whitespace-separated words of the article bodies (``count_words``) by the
median wall time of ``repeats`` runs over the same texts, after an untimed warm-up on a few texts;
reading the files is never timed. Folder runs are timed whole (worker start-up and loads included).
"""

from __future__ import annotations

import json
import resource
import statistics
import sys
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

from pipeline.bench_corpus import count_words

RESULT_PREFIX = "BENCH_RESULT "
#: Texts per block when timing the pipeline stage by stage (bounds the Docs held at once).
STAGE_BLOCK = 256
BATCH_SIZE = 64


def peak_rss_mb(who: int = resource.RUSAGE_SELF) -> float:
    """Peak resident memory of this process (or, with ``RUSAGE_CHILDREN``, of its largest child) in MB."""
    peak = resource.getrusage(who).ru_maxrss
    return round(peak / (1024 * 1024 if sys.platform == "darwin" else 1024), 1)


#: Texts run once, untimed, before a measure: lazy loads (locale data, compiled patterns) are not timed.
WARM_UP_TEXTS = 5
#: The team's gold: what each date finder gets right, next to how fast it is.
GOLD_DIR = Path(__file__).resolve().parents[1] / "corpora" / "gold"


def _timed(run: Callable[[], Any], repeats: int) -> tuple[float, list[float], Any]:
    """Median seconds of ``repeats`` calls of ``run``, every run's seconds, and the first run's result."""
    seconds: list[float] = []
    first: Any = None
    for n in range(max(1, repeats)):
        started = time.perf_counter()
        result = run()
        seconds.append(time.perf_counter() - started)
        if n == 0:
            first = result
    return statistics.median(seconds), [round(s, 3) for s in seconds], first


def _speed(words: int, seconds: float, runs: list[float], **extra: Any) -> dict[str, Any]:
    return {
        "words": words,
        "seconds": round(seconds, 3),
        "runs": runs,
        "words_per_second": round(words / seconds, 1) if seconds > 0 else None,
        **extra,
        "peak_rss_mb": peak_rss_mb(),
    }


def _texts(args: dict[str, Any]) -> tuple[list[tuple[str, str, str | None]], int]:
    from pipeline.bench_corpus import load_texts

    texts = load_texts(args["folder"])
    return texts, sum(count_words(text) for _, text, _ in texts)


def _make_docs(nlp: Any, texts: list[tuple[str, str, str | None]]) -> list[Any]:
    docs = []
    for doc_id, text, published in texts:
        doc = nlp.make_doc(text)
        doc._.itnews_published = published
        doc._.itnews_doc_id = doc_id
        docs.append(doc)
    return docs


def stage_seconds(nlp: Any, texts: list[tuple[str, str, str | None]]) -> dict[str, float]:
    """Seconds spent in the tokenizer and in each pipe, timed stage by stage over blocks of texts.

    Each stage runs to completion over a block before the next starts (``list(proc.pipe(docs))``),
    so a stage's time holds only its own work, never that of the stages before it.
    """
    seconds = {"tokenizer": 0.0, **dict.fromkeys(nlp.pipe_names, 0.0)}
    for lo in range(0, len(texts), STAGE_BLOCK):
        block = texts[lo : lo + STAGE_BLOCK]
        started = time.perf_counter()
        docs = [nlp.make_doc(text) for _, text, _ in block]
        seconds["tokenizer"] += time.perf_counter() - started
        for doc, (doc_id, _, published) in zip(docs, block, strict=True):
            doc._.itnews_published = published
            doc._.itnews_doc_id = doc_id
        for name, proc in nlp.pipeline:
            started = time.perf_counter()
            if hasattr(proc, "pipe"):
                docs = list(proc.pipe(docs, batch_size=BATCH_SIZE))
            else:
                docs = [proc(doc) for doc in docs]
            seconds[name] += time.perf_counter() - started
    return {name: round(value, 3) for name, value in seconds.items()}


def measure_tokenizer(args: dict[str, Any]) -> dict[str, Any]:
    """(a) ``spacy.blank("it")``'s tokenizer alone."""
    import spacy

    texts, words = _texts(args)
    nlp = spacy.blank("it")
    for _, text, _ in texts[:WARM_UP_TEXTS]:
        nlp.make_doc(text)
    median, runs, tokens = _timed(lambda: sum(len(nlp.make_doc(t)) for _, t, _ in texts), args["repeats"])
    return _speed(words, median, runs, tokens=tokens, documents=len(texts))


def measure_ner(args: dict[str, Any]) -> dict[str, Any]:
    """(b) The tokenizer and the NER model alone (its own tok2vec, or the shared one it listens to)."""
    import spacy

    from pipeline.nlp import resolve_model

    model = resolve_model(args.get("model", "auto"))
    if model == "blank":
        return {"skipped": "no NER model installed (resolve_model gave 'blank')"}
    texts, words = _texts(args)
    nlp = spacy.load(model)
    keep = [name for name in nlp.pipe_names if name in ("tok2vec", "ner")]
    nlp.select_pipes(enable=keep)

    def run() -> int:
        return sum(len(doc.ents) for doc in nlp.pipe((t for _, t, _ in texts), batch_size=BATCH_SIZE))

    list(nlp.pipe(t for _, t, _ in texts[:WARM_UP_TEXTS]))
    median, runs, entities = _timed(run, args["repeats"])
    return _speed(words, median, runs, model=model, pipes=keep, entities=entities, documents=len(texts))


def measure_full(args: dict[str, Any]) -> dict[str, Any]:
    """(c) The full default pipeline through ``extract_many``, and each stage's share of its time."""
    import pipeline

    texts, words = _texts(args)
    nlp = pipeline.load(args.get("model", "auto"))
    items = [(text, {"doc_id": doc_id, "published": published}) for doc_id, text, published in texts]

    def run() -> dict[str, int]:
        counts = {"organizations": 0, "money": 0, "dates": 0, "terms": 0}
        for result in pipeline.extract_many(items, nlp=nlp, batch_size=BATCH_SIZE):
            for table in counts:
                counts[table] += len(result.rows(table))
        return counts

    list(pipeline.extract_many(items[:WARM_UP_TEXTS], nlp=nlp))
    median, runs, counts = _timed(run, args["repeats"])
    stages = stage_seconds(nlp, texts)
    remainder = round(median - sum(stages.values()), 3)
    shares = {name: round(value / median, 3) for name, value in stages.items()}
    shares["records_and_rest"] = round(remainder / median, 3)
    return _speed(
        words,
        median,
        runs,
        pipe_names=nlp.pipe_names,
        rows=counts,
        stage_seconds=stages,
        records_and_rest_seconds=remainder,
        shares=shares,
        documents=len(texts),
    )


def measure_folder(args: dict[str, Any]) -> dict[str, Any]:
    """(d) ``process_folder`` writing CSV and Parquet, ``force=True`` into a fresh folder each run."""
    import shutil

    import pipeline
    from pipeline.nlp import _cached

    _, words = _texts(args)
    out, jobs = args["out"], args["jobs"]
    first_run_rss: list[float] = []

    def worker_rss() -> float:
        # several jobs: the largest worker process; none when the folder had a single shard to do
        children = peak_rss_mb(resource.RUSAGE_CHILDREN) if jobs > 1 else 0.0
        return children or peak_rss_mb()

    def run() -> dict[str, Any]:
        _cached.cache_clear()  # every run loads the pipeline, as the spawned workers of jobs > 1 do
        shutil.rmtree(out, ignore_errors=True)
        summary = pipeline.process_folder(
            args["folder"], out, formats=("csv", "parquet"), jobs=jobs, model=args["model"], force=True
        )
        if not first_run_rss:
            first_run_rss.append(worker_rss())
        return {"documents": summary.documents, "shards": summary.shards, "rows": summary.rows}

    median, runs, summary = _timed(run, args["repeats"])
    return _speed(
        words,
        median,
        runs,
        jobs=jobs,
        summary=summary,
        worker_peak_rss_mb=first_run_rss[0],  # of one run: later runs in this process add their garbage
        worker_peak_rss_mb_all_runs=worker_rss(),
    )


def _dates_pipeline(with_money: bool = False) -> Any:
    """``spacy.blank("it")`` + ``itnews_dates``, after ``itnews_money`` when ``with_money`` (as in the
    default pipeline, where amounts are masked before dates are read). Neither reads sentences."""
    import spacy
    from spacy.language import Language

    from pipeline import components  # noqa: F401  (registers the factories)

    nlp = spacy.blank("it")
    for name in ("itnews_money", "itnews_dates") if with_money else ("itnews_dates",):
        if Language.has_factory(name):
            nlp.add_pipe(name)
    return nlp


def _time_dates(
    nlp: Any, args: dict[str, Any], sample: list[tuple[str, str, str | None]], texts: list[Any], words: int
) -> dict[str, Any]:
    def run_project(chosen: list[tuple[str, str, str | None]]) -> Callable[[], int]:
        return lambda: sum(
            len(doc._.itnews_dates) for doc in nlp.pipe(_make_docs(nlp, chosen), batch_size=BATCH_SIZE)
        )

    sample_words = sum(count_words(text) for _, text, _ in sample)
    run_project(texts[:WARM_UP_TEXTS])()
    result: dict[str, Any] = {"pipes": nlp.pipe_names}
    for key, chosen, chosen_words in (("sample", sample, sample_words), ("all", texts, words)):
        median, runs, found = _timed(run_project(chosen), args["repeats"])
        result[key] = {
            "seconds": round(median, 3),
            "runs": runs,
            "found": found,
            "words_per_second": round(chosen_words / median, 1),
        }
    result["stage_seconds_sample"] = stage_seconds(nlp, sample)
    return result


def measure_dates(args: dict[str, Any]) -> dict[str, Any]:
    """(e) ``dateparser.search.search_dates`` on a sample against the project's date component.

    The project side is the date component alone (``spacy.blank("it")`` + ``itnews_dates``), timed on
    the same sample and on the whole folder; ``with_money`` repeats it after ``itnews_money``, as the
    default pipeline runs it (amounts masked first). ``gold`` counts what each finds in the team's gold.
    """
    from spacy.language import Language

    texts, words = _texts(args)
    sample: list[tuple[str, str, str | None]] = []
    sample_words = 0
    for item in texts:
        if sample_words >= args["sample_words"]:
            break
        sample.append(item)
        sample_words += count_words(item[1])
    nlp = _dates_pipeline()
    result: dict[str, Any] = {"sample_words": sample_words, "sample_documents": len(sample), "words": words}
    if not Language.has_factory("itnews_dates"):
        result["project_skipped"] = "the itnews_dates component is not available yet"
    else:
        with_money_nlp = _dates_pipeline(with_money=True)
        alone = _time_dates(nlp, args, sample, texts, words)
        result["project_sample"], result["project_all"] = alone["sample"], alone["all"]
        result["project_stage_seconds_sample"] = alone["stage_seconds_sample"]
        result["project_pipes"] = alone["pipes"]
        result["with_money"] = _time_dates(with_money_nlp, args, sample, texts, words)

    from dateparser.search import search_dates

    def run_peer() -> int:
        return sum(len(search_dates(text, languages=["it"]) or ()) for _, text, _ in sample)

    for _, text, _ in texts[:WARM_UP_TEXTS]:
        search_dates(text, languages=["it"])
    median, runs, found = _timed(run_peer, args["peer_repeats"])
    result["search_dates_sample"] = {
        "seconds": round(median, 3),
        "runs": runs,
        "found": found,
        "words_per_second": round(sample_words / median, 1),
    }
    result["gold"] = gold_dates_found(nlp if "project_skipped" not in result else None)
    if "with_money" in result:
        with_money = gold_dates_found(with_money_nlp, peer=False)
        result["gold"]["project_with_money"] = with_money["project"]
    result["peak_rss_mb"] = peak_rss_mb()
    return result


def _spans_of_strings(text: str, found: list[str]) -> list[tuple[int, int]]:
    """Offsets of strings returned in text order (``search_dates`` gives strings, not offsets)."""
    spans, cursor = [], 0
    for piece in found:
        start = text.find(piece, cursor)
        if start < 0:
            start = text.find(piece)
        if start >= 0:
            spans.append((start, start + len(piece)))
            cursor = start + len(piece)
    return spans


def _overlaps(span: tuple[int, int], others: list[tuple[int, int]]) -> bool:
    return any(span[0] < end and start < span[1] for start, end in others)


def gold_dates_found(nlp: Any | None, peer: bool = True) -> dict[str, Any]:
    """What each side finds in the team's gold (``corpora/gold/*.jsonl``), not just how many strings.

    For the project's date component and for ``search_dates``: gold temporal mentions overlapped by a
    returned span (all kinds, and calendar dates and periods alone), returned spans that overlap no gold
    mention, and spans on the gold's "not a date" traps (amounts, percentages, counts)."""
    from dateparser.search import search_dates

    gold_files = sorted(GOLD_DIR.glob("*.jsonl")) if GOLD_DIR.is_dir() else []
    if not gold_files:
        return {"skipped": f"no gold files in {GOLD_DIR}"}
    counts: dict[str, dict[str, int]] = {
        side: dict.fromkeys(("found", "found_dates_periods", "unmatched", "trap_hits"), 0)
        for side in ("project", "search_dates")
    }
    totals = {"gold": 0, "gold_dates_periods": 0, "documents": 0}
    for path in gold_files:
        for line in path.read_text(encoding="utf-8").splitlines():
            if not line.strip():
                continue
            record = json.loads(line)
            text, gold = record["text"], record.get("dates", [])
            traps = [(t["start"], t["end"]) for t in record.get("not_dates", [])]
            totals["documents"] += 1
            totals["gold"] += len(gold)
            totals["gold_dates_periods"] += sum(g["kind"] in ("date", "period") for g in gold)
            sides: dict[str, list[tuple[int, int]]] = {}
            if peer:
                found = search_dates(text, languages=["it"]) or ()
                sides["search_dates"] = _spans_of_strings(text, [piece for piece, _ in found])
            if nlp is not None:
                doc = nlp.make_doc(text)
                doc._.itnews_published = record.get("published")
                sides["project"] = [(d["start"], d["end"]) for d in nlp(doc)._.itnews_dates]
            for side, spans in sides.items():
                counts[side]["found"] += sum(_overlaps((g["start"], g["end"]), spans) for g in gold)
                counts[side]["found_dates_periods"] += sum(
                    _overlaps((g["start"], g["end"]), spans) for g in gold if g["kind"] in ("date", "period")
                )
                gold_spans = [(g["start"], g["end"]) for g in gold]
                counts[side]["unmatched"] += sum(not _overlaps(span, gold_spans) for span in spans)
                counts[side]["trap_hits"] += sum(_overlaps(span, traps) for span in spans)
    return {**totals, "files": [path.name for path in gold_files], **counts}


MEASURES: dict[str, Callable[[dict[str, Any]], dict[str, Any]]] = {
    "tokenizer": measure_tokenizer,
    "ner": measure_ner,
    "full": measure_full,
    "folder": measure_folder,
    "dates": measure_dates,
}


def main(argv: list[str]) -> int:
    """Run the measure named by ``argv[0]`` with the JSON arguments ``argv[1]``; print its result."""
    measure, args = argv[0], json.loads(argv[1])
    result = MEASURES[measure](args)
    sys.stdout.write(RESULT_PREFIX + json.dumps(result) + "\n")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
