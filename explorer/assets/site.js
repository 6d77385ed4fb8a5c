/* Maillage site: every table sorts on a click of its headers and downloads as CSV or JSON.
   Cells are read as text (textContent) and written back as text: nothing becomes markup. */
(function () {
  "use strict";

  function cellValue(td) {
    return td.dataset.value !== undefined ? Number(td.dataset.value) : td.textContent.trim();
  }

  function compare(a, b) {
    if (typeof a === "number" && typeof b === "number") { return a - b; }
    if (a === "" || b === "") { return a === "" ? 1 : -1; }
    return String(a).localeCompare(String(b), "fr", { numeric: true, sensitivity: "base" });
  }

  function sortBy(table, column, th) {
    const body = table.tBodies[0];
    const ascending = th.getAttribute("aria-sort") !== "ascending";
    const rows = Array.from(body.rows);
    rows.sort(function (r, s) {
      const order = compare(cellValue(r.cells[column]), cellValue(s.cells[column]));
      return ascending ? order : -order;
    });
    table.querySelectorAll("th").forEach(function (h) { h.removeAttribute("aria-sort"); });
    th.setAttribute("aria-sort", ascending ? "ascending" : "descending");
    rows.forEach(function (row) { body.appendChild(row); });
  }

  function records(table) {
    const columns = Array.from(table.tHead.rows[0].cells).map(function (th) { return th.textContent.trim(); });
    const rows = Array.from(table.tBodies[0].rows).map(function (row) {
      return Array.from(row.cells).map(cellValue);
    });
    return { columns: columns, rows: rows };
  }

  function csvField(value) {
    const text = value === undefined || value === null ? "" : String(value);
    return /[",\n\r]/.test(text) ? '"' + text.replace(/"/g, '""') + '"' : text;
  }

  function toCsv(columns, rows) {
    return [columns].concat(rows).map(function (row) { return row.map(csvField).join(","); }).join("\n") + "\n";
  }

  function download(name, type, text) {
    const link = document.createElement("a");
    link.href = URL.createObjectURL(new Blob([text], { type: type }));
    link.download = name;
    document.body.appendChild(link);
    link.click();
    link.remove();
    setTimeout(function () { URL.revokeObjectURL(link.href); }, 1000);
  }

  function toJson(columns, rows) {
    return JSON.stringify(rows.map(function (row) {
      const record = {};
      columns.forEach(function (column, i) { record[column] = row[i]; });
      return record;
    }), null, 1) + "\n";
  }

  function button(label, action) {
    const b = document.createElement("button");
    b.type = "button";
    b.textContent = label;
    b.addEventListener("click", action);
    return b;
  }

  function equip(section) {
    const table = section.querySelector("table.data");
    if (!table) { return; }
    const name = section.dataset.name;
    const bar = document.createElement("p");
    bar.className = "downloads";
    bar.appendChild(button("CSV", function () {
      const r = records(table); download(name + ".csv", "text/csv;charset=utf-8", toCsv(r.columns, r.rows));
    }));
    bar.appendChild(button("JSON", function () {
      const r = records(table); download(name + ".json", "application/json", toJson(r.columns, r.rows));
    }));
    section.appendChild(bar);
    Array.from(table.tHead.rows[0].cells).forEach(function (th, column) {
      th.tabIndex = 0;
      th.title = "Trier";
      th.addEventListener("click", function () { sortBy(table, column, th); });
      th.addEventListener("keydown", function (e) { if (e.key === "Enter") { sortBy(table, column, th); } });
    });
  }

  document.querySelectorAll("section.table").forEach(equip);
  window.maillageSite = { toCsv: toCsv, download: download };
})();
