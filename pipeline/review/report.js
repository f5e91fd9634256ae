/* itnews review report. Every value from the data is written with textContent or as an attribute value:
   the page never parses data as HTML, so article text cannot add markup or run code. */
(function () {
  "use strict";

  var DATA = JSON.parse(document.getElementById("itnews-data").textContent);
  var PAGE_SIZE = 100;
  var SPAN_TABLES = ["organizations", "money", "dates", "terms"];
  var KIND_LABELS = { organizations: "ORG", money: "MONEY", dates: "DATE", terms: "TERM" };
  var ID_COLUMN = { organizations: "mention_id", money: "mention_id", dates: "mention_id", terms: "term_id" };
  var STATUSES = ["active", "ended", "negated", "planned", "pending", "negotiating", "cancelled",
                  "ok", "empty", "error"];
  var STATUS_COLOURS = { active: "#2da44e", ended: "#8c959f", negated: "#cf222e", planned: "#0969da",
                         pending: "#bf8700", negotiating: "#8250df", cancelled: "#24292f" };
  /* Columns shown per table (in order) and the columns offered as select filters. */
  var SHOWN = {
    documents: ["doc_id", "status", "title", "published", "organizations", "money", "dates", "terms", "n_chars",
                "n_tokens", "encoding", "error"],
    organizations: ["doc_id", "mention_id", "text", "name", "org_key", "source", "start", "end"],
    money: ["doc_id", "mention_id", "text", "amount", "amount_max", "currency", "qualifier", "unit",
            "currency_inferred", "start", "end"],
    dates: ["doc_id", "mention_id", "text", "kind", "value", "start_date", "end_date", "duration",
            "granularity", "relative", "modifier", "start", "end"],
    terms: ["doc_id", "term_id", "type", "status", "certainty", "text", "parties", "party_roles", "amount",
            "currency", "percentage", "start_date", "end_date", "duration", "agreement_id", "start", "end"]
  };
  var SELECTS = {
    documents: ["status"], organizations: ["source"], money: ["currency", "qualifier"],
    dates: ["kind", "modifier"], terms: ["type", "status", "certainty", "currency"]
  };
  var NUMERIC = { start: 1, end: 1, amount: 1, amount_max: 1, percentage: 1, n_chars: 1, n_tokens: 1,
                  organizations: 1, money: 1, dates: 1, terms: 1 };

  /* ---------- small DOM helpers (text only) ---------- */
  function h(tag, attrs, children) {
    var node = document.createElement(tag);
    if (attrs) {
      Object.keys(attrs).forEach(function (key) {
        var value = attrs[key];
        if (value === null || value === undefined || value === false) { return; }
        if (key === "class") { node.className = value; }
        else if (key === "text") { node.textContent = String(value); }
        else { node.setAttribute(key, String(value)); }
      });
    }
    (children || []).forEach(function (child) {
      if (child === null || child === undefined) { return; }
      node.appendChild(typeof child === "object" ? child : document.createTextNode(String(child)));
    });
    return node;
  }
  function svg(tag, attrs, text) {
    var node = document.createElementNS("http://www.w3.org/2000/svg", tag);
    Object.keys(attrs || {}).forEach(function (key) { node.setAttribute(key, String(attrs[key])); });
    if (text !== undefined) { node.textContent = String(text); }
    return node;
  }
  function clear(node) { while (node.firstChild) { node.removeChild(node.firstChild); } return node; }
  function display(value) {
    if (value === null || value === undefined) { return ""; }
    if (Array.isArray(value)) { return value.join(" | "); }
    return String(value);
  }
  function statusClass(status) {
    return "badge status-" + (STATUSES.indexOf(status) >= 0 ? status : "other");
  }
  function hashFor(params) {
    return "#" + new URLSearchParams(params).toString();
  }
  function docHash(docId, table, id) {
    var params = { view: "doc", doc: docId };
    if (table && id) { params.at = table + ":" + id; }
    return hashFor(params);
  }
  function safeUrl(url) {
    try {
      var parsed = new URL(String(url));
      return parsed.protocol === "http:" || parsed.protocol === "https:" ? parsed.href : null;
    } catch (error) { return null; }
  }
  function formatAmount(amount) {
    if (amount === null || amount === undefined) { return ""; }
    var parts = String(amount).split(".");
    parts[0] = parts[0].replace(/\B(?=(\d{3})+(?!\d))/g, "\u202f");
    return parts.join(".");
  }

  /* ---------- data model ---------- */
  var TABLES = {};
  Object.keys(DATA.tables).forEach(function (name) {
    var table = DATA.tables[name];
    var index = {};
    table.columns.forEach(function (column, i) { index[column] = i; });
    TABLES[name] = { name: name, columns: table.columns, rows: table.rows, index: index, haystack: null };
  });
  function cell(table, row, column) {
    var i = table.index[column];
    return i === undefined ? null : row[i];
  }
  var DOC_ROWS = {}; /* doc_id -> {organizations: [row, ...], ...} */
  SPAN_TABLES.forEach(function (name) {
    var table = TABLES[name];
    table.rows.forEach(function (row) {
      var docId = cell(table, row, "doc_id");
      var entry = DOC_ROWS[docId] || (DOC_ROWS[docId] = { organizations: [], money: [], dates: [], terms: [] });
      entry[name].push(row);
    });
  });
  var DOCUMENTS = {};
  var DOC_ORDER = [];
  (function addSpanCounts(documents) {
    /* The documents table gains one count column per extracted kind, so empty extractions stand out. */
    SPAN_TABLES.forEach(function (name) {
      documents.index[name] = documents.columns.length;
      documents.columns.push(name);
    });
    documents.rows.forEach(function (row) {
      var docId = cell(documents, row, "doc_id");
      DOCUMENTS[docId] = row;
      DOC_ORDER.push(docId);
      SPAN_TABLES.forEach(function (name) { row.push(((DOC_ROWS[docId] || {})[name] || []).length); });
    });
  })(TABLES.documents);

  function spanSummary(name, row) {
    var t = TABLES[name];
    var c = function (column) { return cell(t, row, column); };
    var id = c(ID_COLUMN[name]) || "";
    if (name === "organizations") {
      return KIND_LABELS[name] + " " + id + ": " + display(c("name")) + " (" + display(c("source")) + ")";
    }
    if (name === "money") {
      var amount = display(c("amount")) + (c("amount_max") ? "–" + c("amount_max") : "");
      return KIND_LABELS[name] + " " + id + ": " + amount + " " + display(c("currency") || "?") +
        (c("currency_inferred") ? " (inferred)" : "") + ", " + display(c("qualifier")) +
        (c("unit") ? ", per " + c("unit") : "");
    }
    if (name === "dates") {
      var range = c("start_date") || c("end_date") ? " [" + display(c("start_date")) + " … " +
        display(c("end_date")) + "]" : "";
      return KIND_LABELS[name] + " " + id + ": " + display(c("kind")) + " " + display(c("value")) + range +
        (c("modifier") ? " (" + c("modifier") + ")" : "");
    }
    return KIND_LABELS[name] + " " + id + ": " + display(c("type")) + " · " + display(c("status")) + " · " +
      display(c("parties"));
  }

  /* ---------- overview ---------- */
  function card(label, value, metric, bad) {
    return h("div", { class: "card" + (bad ? " bad" : ""), "data-metric": metric },
      [h("div", { class: "value", text: value }), h("div", { class: "label", text: label })]);
  }
  function simpleTable(headers, rows, className) {
    var head = h("tr", null, headers.map(function (text) { return h("th", { text: text }); }));
    var body = rows.map(function (cells) {
      return h("tr", null, cells.map(function (value) {
        if (value && typeof value === "object") { return h("td", null, [value]); }
        return h("td", { class: typeof value === "number" ? "num" : null, text: display(value) });
      }));
    });
    return h("table", { class: className || null }, [h("thead", null, [head]), h("tbody", null, body)]);
  }
  function termsChart(matrix) {
    var rowHeight = 22, labelWidth = 230, barWidth = 420, legendHeight = 24;
    var totals = matrix.counts.map(function (counts) { return counts.reduce(function (a, b) { return a + b; }, 0); });
    var max = Math.max.apply(null, [1].concat(totals));
    var height = legendHeight + rowHeight * matrix.types.length + 6;
    var root = svg("svg", { class: "chart", width: labelWidth + barWidth + 60, height: height, role: "img",
                            "aria-label": "Terms by type and status" });
    var x = 0;
    matrix.statuses.forEach(function (status) {
      root.appendChild(svg("rect", { x: x, y: 4, width: 10, height: 10, fill: STATUS_COLOURS[status] || "#57606a" }));
      root.appendChild(svg("text", { x: x + 14, y: 13 }, status));
      x += 24 + 7 * status.length;
    });
    matrix.types.forEach(function (type, i) {
      var y = legendHeight + i * rowHeight;
      root.appendChild(svg("text", { x: 0, y: y + 14 }, type));
      var offset = labelWidth;
      matrix.statuses.forEach(function (status, j) {
        var count = matrix.counts[i][j];
        if (!count) { return; }
        var width = Math.max(1, Math.round(barWidth * count / max));
        var rect = svg("rect", { x: offset, y: y + 3, width: width, height: rowHeight - 6,
                                 fill: STATUS_COLOURS[status] || "#57606a", "data-type": type, "data-status": status,
                                 "data-count": count });
        rect.appendChild(svg("title", {}, type + " · " + status + ": " + count));
        root.appendChild(rect);
        offset += width;
      });
      root.appendChild(svg("text", { x: offset + 6, y: y + 14 }, totals[i]));
    });
    return root;
  }
  function tableLink(name, label) {
    return h("a", { href: hashFor({ view: "table", table: name }), text: label });
  }
  function renderOverview() {
    var view = clear(document.getElementById("view-overview"));
    var o = DATA.overview, docs = o.documents;
    view.appendChild(h("h2", { text: "Documents" }));
    view.appendChild(h("div", { class: "cards" }, [
      card("processed", docs.processed, "documents.processed"),
      card("ok", docs.ok, "documents.ok"),
      card("empty", docs.empty, "documents.empty"),
      card("failed", docs.failed, "documents.failed", docs.failed > 0),
      card("skipped", docs.skipped, "documents.skipped")
    ]));
    if (docs.failures.length) {
      view.appendChild(h("h2", { text: "Failed or unreadable documents" }));
      view.appendChild(simpleTable(["document", "status", "error"], docs.failures.map(function (f) {
        return [h("a", { href: docHash(f.doc_id), text: f.doc_id }), f.status, f.error];
      }), "failures"));
    }
    view.appendChild(h("h2", { text: "Rows per table" }));
    view.appendChild(h("div", { class: "cards" }, Object.keys(o.rows).map(function (name) {
      var c = card(name, o.rows[name], "rows." + name);
      c.appendChild(h("div", { class: "label" }, [tableLink(name, "open table")]));
      return c;
    })));
    var grid = h("div", { class: "grid" });
    grid.appendChild(h("div", null, [h("h2", { text: "Top organizations by mentions" }),
      simpleTable(["organization", "mentions", "documents"], o.top_organizations.map(function (org) {
        return [org.name, org.mentions, org.documents];
      }), "top-organizations")]));
    grid.appendChild(h("div", null, [h("h2", { text: "Money totals per currency" }),
      simpleTable(["currency", "total", "mentions", "documents", "per-unit (not summed)"],
        o.money_totals.map(function (m) {
          return [m.currency, formatAmount(m.total), m.mentions, m.documents, m.per_unit];
        }), "money-totals"),
      h("p", { class: "muted", text: "Ranges count at their lower bound; per-unit amounts are not summed." })]));
    view.appendChild(grid);
    view.appendChild(h("h2", { text: "Terms by type and status" }));
    view.appendChild(o.terms_matrix.types.length ? termsChart(o.terms_matrix)
      : h("p", { class: "muted", text: "No terms extracted." }));
  }

  /* ---------- tables ---------- */
  var tableState = {};
  function stateFor(name) {
    return tableState[name] || (tableState[name] = { text: "", selects: {}, sort: null, desc: false, page: 0 });
  }
  function haystack(table) {
    if (!table.haystack) {
      table.haystack = table.rows.map(function (row) { return row.map(display).join("\u0000").toLowerCase(); });
    }
    return table.haystack;
  }
  var collator = new Intl.Collator(undefined, { numeric: true, sensitivity: "base" });
  function visibleRows(table, state) {
    var needle = state.text.trim().toLowerCase();
    var texts = needle ? haystack(table) : null;
    var selects = Object.keys(state.selects).filter(function (c) { return state.selects[c] !== ""; });
    var picked = [];
    for (var i = 0; i < table.rows.length; i++) {
      var row = table.rows[i], keep = !texts || texts[i].indexOf(needle) >= 0;
      for (var s = 0; keep && s < selects.length; s++) {
        keep = display(cell(table, row, selects[s])) === state.selects[selects[s]];
      }
      if (keep) { picked.push(row); }
    }
    if (state.sort) {
      var column = state.sort, numeric = NUMERIC[column], sign = state.desc ? -1 : 1;
      picked.sort(function (a, b) {
        var x = cell(table, a, column), y = cell(table, b, column);
        if (x === null || x === undefined) { return y === null || y === undefined ? 0 : 1; }
        if (y === null || y === undefined) { return -1; }
        return sign * (numeric ? Number(x) - Number(y) : collator.compare(display(x), display(y)));
      });
    }
    return picked;
  }
  function contextCell(table, row) {
    var text = DATA.texts[cell(table, row, "doc_id")];
    var start = cell(table, row, "start"), end = cell(table, row, "end");
    if (typeof text !== "string" || start === null || end === null) {
      return h("td", { class: "context", text: display(cell(table, row, "sentence")) });
    }
    var from = Math.max(0, start - 70), to = Math.min(text.length, end + 70);
    return h("td", { class: "context" }, [(from > 0 ? "…" : "") + text.slice(from, start),
      h("b", { text: text.slice(start, end) }), text.slice(end, to) + (to < text.length ? "…" : "")]);
  }
  function renderSelects(table, state) {
    var holder = clear(document.getElementById("table-selects"));
    (SELECTS[table.name] || []).forEach(function (column) {
      if (table.index[column] === undefined) { return; }
      var values = {};
      table.rows.forEach(function (row) { values[display(cell(table, row, column))] = true; });
      var select = h("select", { "data-column": column, "aria-label": "Filter by " + column },
        [h("option", { value: "", text: "all " + column })].concat(Object.keys(values).sort().map(function (v) {
          return h("option", { value: v, text: v === "" ? "(none)" : v });
        })));
      select.value = state.selects[column] || "";
      select.addEventListener("change", function () {
        state.selects[column] = select.value; state.page = 0; renderRows(table, state);
      });
      holder.appendChild(select);
    });
  }
  function renderHead(table, state, columns) {
    var head = clear(document.querySelector("#data-table thead"));
    head.appendChild(h("tr", null, columns.map(function (column) {
      var th = h("th", { class: "sortable" + (state.sort === column ? (state.desc ? " sorted-desc" : " sorted-asc") : ""),
                         "data-column": column, text: column, title: "Sort by " + column });
      if (column === "context") { th.className = ""; return th; }
      th.addEventListener("click", function () {
        state.desc = state.sort === column ? !state.desc : false;
        state.sort = column; state.page = 0;
        renderHead(table, state, columns); renderRows(table, state);
      });
      return th;
    })));
  }
  function shownColumns(table) {
    var columns = (SHOWN[table.name] || table.columns).filter(function (c) { return table.index[c] !== undefined; });
    return table.name === "documents" ? columns : columns.concat(["context"]);
  }
  function renderRows(table, state) {
    var columns = shownColumns(table);
    var rows = visibleRows(table, state);
    var pages = Math.max(1, Math.ceil(rows.length / PAGE_SIZE));
    state.page = Math.min(state.page, pages - 1);
    var body = clear(document.querySelector("#data-table tbody"));
    var fragment = document.createDocumentFragment();
    rows.slice(state.page * PAGE_SIZE, (state.page + 1) * PAGE_SIZE).forEach(function (row) {
      var docId = cell(table, row, "doc_id");
      var id = cell(table, row, ID_COLUMN[table.name]);
      fragment.appendChild(h("tr", { "data-doc": docId }, columns.map(function (column) {
        if (column === "context") { return contextCell(table, row); }
        var value = cell(table, row, column);
        if ((column === "text" && table.name !== "documents") || (column === "doc_id" && table.name === "documents")) {
          return h("td", { class: "evidence" }, [h("a", { href: docHash(docId, table.name, id), class: "evidence",
                                         text: display(value) || "(empty)" })]);
        }
        if (column === "status") { return h("td", null, [h("span", { class: statusClass(value), text: display(value) })]); }
        return h("td", { class: NUMERIC[column] ? "num" : null,
                         text: column === "amount" || column === "amount_max" ? formatAmount(value) : display(value) });
      })));
    });
    body.appendChild(fragment);
    var count = document.getElementById("table-count");
    count.textContent = rows.length + " of " + table.rows.length + " rows";
    count.setAttribute("data-visible", rows.length);
    document.getElementById("page-info").textContent = "page " + (state.page + 1) + " of " + pages;
    document.getElementById("page-prev").disabled = state.page === 0;
    document.getElementById("page-next").disabled = state.page >= pages - 1;
    document.getElementById("view-table").setAttribute("data-rendered", table.name);
  }
  var currentTable = null;
  function renderTable(name) {
    var table = TABLES[name];
    if (!table) { return renderOverview(); }
    var state = stateFor(name);
    currentTable = table;
    document.getElementById("table-filter").value = state.text;
    renderSelects(table, state);
    renderHead(table, state, shownColumns(table));
    renderRows(table, state);
  }
  var filterTimer = null;
  document.getElementById("table-filter").addEventListener("input", function (event) {
    var value = event.target.value, table = currentTable;
    if (!table) { return; }
    var state = stateFor(table.name);
    state.text = value; state.page = 0;
    clearTimeout(filterTimer);
    filterTimer = setTimeout(function () {
      if (currentTable === table) { renderRows(table, state); }
    }, 120);
  });
  document.getElementById("table-controls").addEventListener("submit", function (event) { event.preventDefault(); });
  document.getElementById("page-prev").addEventListener("click", function () {
    var state = stateFor(currentTable.name); state.page -= 1; renderRows(currentTable, state);
  });
  document.getElementById("page-next").addEventListener("click", function () {
    var state = stateFor(currentTable.name); state.page += 1; renderRows(currentTable, state);
  });

  /* ---------- document view ---------- */
  function collectSpans(docId, text, problems) {
    var rows = DOC_ROWS[docId] || { organizations: [], money: [], dates: [], terms: [] };
    var spans = [];
    SPAN_TABLES.forEach(function (name) {
      var table = TABLES[name];
      rows[name].forEach(function (row) {
        var start = cell(table, row, "start"), end = cell(table, row, "end");
        var key = name + ":" + cell(table, row, ID_COLUMN[name]);
        if (typeof start !== "number" || typeof end !== "number" || start < 0 || end > text.length || start >= end) {
          problems.push(key + " has offsets outside the text (" + start + "–" + end + ")");
          return;
        }
        if (cell(table, row, "text") !== null && text.slice(start, end) !== cell(table, row, "text")) {
          problems.push(key + ": text at offsets differs from the extracted text");
        }
        spans.push({ kind: name, key: key, start: start, end: end, title: spanSummary(name, row) });
      });
    });
    return spans;
  }
  function highlightedText(text, spans, anchors) {
    var cuts = {};
    cuts[0] = true; cuts[text.length] = true;
    spans.forEach(function (span) { cuts[span.start] = true; cuts[span.end] = true; });
    var points = Object.keys(cuts).map(Number).sort(function (a, b) { return a - b; });
    var lastSegment = {};
    var fragment = document.createDocumentFragment();
    var byStart = spans.slice().sort(function (a, b) { return a.start - b.start; });
    var open = [], next = 0;
    for (var p = 0; p + 1 < points.length; p++) {
      var from = points[p], to = points[p + 1];
      while (next < byStart.length && byStart[next].start <= from) { open.push(byStart[next]); next++; }
      open = open.filter(function (span) { return span.end > from; });
      var covering = open.filter(function (span) { return span.start <= from && span.end >= to; });
      if (!covering.length) { fragment.appendChild(document.createTextNode(text.slice(from, to))); continue; }
      covering.sort(function (a, b) { return (a.end - a.start) - (b.end - b.start); });
      var kinds = {};
      covering.forEach(function (span) { kinds[span.kind] = true; });
      var mark = h("mark", {
        class: "hl hl-" + covering[0].kind + (Object.keys(kinds).length > 1 ? " hl-multi" : ""),
        "data-spans": covering.map(function (span) { return span.key; }).join(" "),
        title: covering.map(function (span) { return span.title; }).join("\n"),
        text: text.slice(from, to)
      });
      covering.forEach(function (span) {
        if (!anchors[span.key]) { anchors[span.key] = mark; }
        lastSegment[span.key] = mark;
      });
      fragment.appendChild(mark);
    }
    spans.forEach(function (span) {
      var mark = lastSegment[span.key];
      if (mark) { mark.appendChild(h("span", { class: "hl-label", "data-label-for": span.key, text: KIND_LABELS[span.kind] })); }
    });
    return fragment;
  }
  function termItem(row, docId) {
    var t = TABLES.terms, c = function (column) { return cell(t, row, column); };
    var parties = (c("parties") || []).map(function (party, i) {
      var role = (c("party_roles") || [])[i];
      return role ? party + " (" + role + ")" : party;
    });
    var facts = [];
    if (c("amount")) { facts.push(formatAmount(c("amount")) + " " + display(c("currency"))); }
    if (c("percentage") !== null && c("percentage") !== undefined) { facts.push(c("percentage") + "%"); }
    if (c("start_date") || c("end_date")) { facts.push(display(c("start_date")) + " → " + display(c("end_date"))); }
    if (c("duration")) { facts.push(c("duration")); }
    return h("li", { "data-term": c("term_id") }, [
      h("span", { class: "type", text: c("type") }),
      h("span", { class: statusClass(c("status")), text: c("status") }), " ",
      h("span", { class: "badge", text: c("certainty") || "" }), " ",
      h("a", { href: docHash(docId, "terms", c("term_id")), text: "“" + display(c("text")) + "”" }),
      h("div", { class: "muted", text: "parties: " + (parties.join(", ") || "—") +
        (facts.length ? " · " + facts.join(" · ") : "") + (c("agreement_id") ? " · part of " + c("agreement_id") : "") })
    ]);
  }
  function renderDocument(docId, at) {
    var view = clear(document.getElementById("view-document"));
    var doc = DOCUMENTS[docId], table = TABLES.documents;
    var text = DATA.texts[docId];
    var position = DOC_ORDER.indexOf(docId);
    var previous = position > 0 ? DOC_ORDER[position - 1] : null;
    var following = position >= 0 && position + 1 < DOC_ORDER.length ? DOC_ORDER[position + 1] : null;
    view.appendChild(h("p", { class: "doc-nav" }, [
      previous !== null ? h("a", { href: docHash(previous), rel: "prev", text: "‹ " + previous }) : null,
      position >= 0 ? h("span", { class: "muted", text: " document " + (position + 1) + " of " + DOC_ORDER.length + " " }) : null,
      following !== null ? h("a", { href: docHash(following), rel: "next", text: following + " ›" }) : null
    ]));
    view.appendChild(h("h2", { text: "Document " + docId }));
    var meta = h("dl", { class: "meta" });
    ["title", "status", "published", "source", "url", "encoding", "error"].forEach(function (column) {
      var value = doc ? cell(table, doc, column) : null;
      if (value === null || value === undefined || value === "") { return; }
      var link = column === "url" ? safeUrl(value) : null;
      meta.appendChild(h("dt", { text: column }));
      meta.appendChild(h("dd", null, [link ? h("a", { href: link, rel: "noopener noreferrer", target: "_blank",
                                                      text: value })
        : column === "status" ? h("span", { class: statusClass(value), text: value }) : display(value)]));
    });
    view.appendChild(meta);
    view.appendChild(h("p", { class: "legend" }, SPAN_TABLES.map(function (name) {
      return h("span", { class: name, text: KIND_LABELS[name] + " " + ((DOC_ROWS[docId] || {})[name] || []).length });
    })));
    var problems = [];
    var anchors = {};
    var article = h("div", { class: "article", id: "article" });
    if (typeof text === "string") {
      article.appendChild(highlightedText(text, collectSpans(docId, text, problems), anchors));
    } else {
      article.appendChild(h("span", { class: "muted", text: "No text stored for this document." }));
    }
    if (problems.length) {
      view.appendChild(h("ul", { class: "warning" }, problems.map(function (p) { return h("li", { text: p }); })));
    }
    view.appendChild(article);
    var terms = ((DOC_ROWS[docId] || {}).terms || []);
    view.appendChild(h("h2", { text: "Terms (" + terms.length + ")" }));
    view.appendChild(h("ul", { class: "term-list" }, terms.map(function (row) { return termItem(row, docId); })));
    view.setAttribute("data-doc", docId);
    var target = at ? anchors[at] : null;
    if (target) {
      target.classList.add("focus");
      target.scrollIntoView({ block: "center" });
    } else {
      window.scrollTo(0, 0);
    }
  }

  /* ---------- routing ---------- */
  function route() {
    var params = new URLSearchParams(location.hash.slice(1));
    var view = params.get("view") || "overview";
    ["overview", "table", "document"].forEach(function (name) {
      document.getElementById("view-" + name).hidden = name !== (view === "doc" ? "document" : view);
    });
    Array.prototype.forEach.call(document.querySelectorAll("#tabs a"), function (link) {
      var active = link.getAttribute("data-view") === view &&
        (view !== "table" || link.getAttribute("data-table") === params.get("table"));
      link.classList.toggle("active", active);
    });
    if (view === "table") { renderTable(params.get("table")); }
    else if (view === "doc") { renderDocument(params.get("doc"), params.get("at")); }
    else { document.getElementById("view-overview").hidden = false; renderOverview(); }
    document.body.setAttribute("data-view", view);
  }
  document.getElementById("generated").textContent = "generated " + DATA.generated;
  window.addEventListener("hashchange", route);
  route();
  document.body.setAttribute("data-ready", "1");
})();
