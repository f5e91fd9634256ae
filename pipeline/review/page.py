"""Assemble the self-contained report page: template + inline CSS + inline JS + the data as one JSON block.

The data travels once, inside ``<script type="application/json">``, with ``<``, ``>``, ``&`` and the
JavaScript line separators escaped so that no article text can close the block or start markup. The page's
Content-Security-Policy allows only the report's own script and style (by hash) and no network at all, so even
markup that slipped through could neither run nor load anything.
"""

from __future__ import annotations

import base64
import hashlib
import html
import json
import re
from importlib import resources
from typing import Any

#: Characters rewritten as JSON ``\\uXXXX`` escapes inside the embedded data block.
JSON_ESCAPES = str.maketrans(
    {"<": "\\u003c", ">": "\\u003e", "&": "\\u0026", "\u2028": "\\u2028", "\u2029": "\\u2029"}
)

PLACEHOLDER = re.compile(r"\{\{\s*(?P<name>[a-z_]+)\s*\}\}")


def embed_json(data: Any) -> str:
    """Serialise ``data`` as JSON that is safe inside an HTML ``<script>`` element.

    >>> embed_json({"text": "</script><b>&\u2028"})
    '{"text":"\\\\u003c/script\\\\u003e\\\\u003cb\\\\u003e\\\\u0026\\\\u2028"}'
    """
    text = json.dumps(data, ensure_ascii=False, separators=(",", ":"), allow_nan=False)
    return text.translate(JSON_ESCAPES)


def asset(name: str) -> str:
    """Text of a packaged asset of :mod:`pipeline.review` (template, stylesheet, script)."""
    return resources.files("pipeline.review").joinpath(name).read_text(encoding="utf-8")


def csp_hash(source: str) -> str:
    """The CSP source expression (``'sha256-...'``) allowing exactly this inline script or style."""
    digest = hashlib.sha256(source.encode("utf-8")).digest()
    return "'sha256-" + base64.b64encode(digest).decode("ascii") + "'"


def content_security_policy(script: str, style: str) -> str:
    """No network, no plugins, no inline handlers: only this script and this stylesheet may apply."""
    return "; ".join(
        [
            "default-src 'none'",
            f"script-src {csp_hash(script)}",
            f"style-src {csp_hash(style)}",
            "base-uri 'none'",
            "form-action 'none'",
        ]
    )


def fill_template(template: str, values: dict[str, str]) -> str:
    """Replace each ``{{ name }}`` of ``template`` once, in a single pass (inserted text is never re-read)."""
    missing = {match["name"] for match in PLACEHOLDER.finditer(template)} - values.keys()
    if missing:
        raise KeyError(f"template placeholders without a value: {sorted(missing)}")
    return PLACEHOLDER.sub(lambda match: values[match["name"]], template)


def render_page(payload: dict[str, Any], title: str) -> str:
    """The whole report as one HTML string, with ``payload`` embedded once as JSON."""
    script, style = asset("report.js"), asset("report.css")
    for name, source in (("report.js", script), ("report.css", style)):
        if re.search(r"</(script|style)", source, re.IGNORECASE):
            raise ValueError(f"{name} must not contain a closing </script> or </style> tag")
    return fill_template(
        asset("report.html"),
        {
            "csp": html.escape(content_security_policy(script, style)),
            "title": html.escape(title),
            "style": style,
            "data": embed_json(payload),
            "script": script,
        },
    )
