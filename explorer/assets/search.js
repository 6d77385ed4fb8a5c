/* Maillage site: search and facets over the actions, all in the page.
   The index is the JSON of #search-data: facet values once, each action pointing to them.
   A search keeps the actions whose title or résumé holds every typed word (accents and case
   ignored) and every chosen facet value (values of one facet are alternatives). A facet's
   counts apply the text and the other facets' choices, so each count is what a click gives. */
(function () {
  "use strict";
  const data = JSON.parse(document.getElementById("search-data").textContent);
  const root = document.body.dataset.root;
  const facets = data.facets;
  const SHOWN = 100;
  const FACET_ROWS = 12;

  function fold(text) {
    return text.normalize("NFD").replace(/[\u0300-\u036f]/g, "").toLowerCase();
  }

  const actions = data.actions.map(function (a) {
    return { href: a[0], title: a[1], structure: a[2], departement: a[3],
             text: fold(a[1] + "\n" + a[4]), facets: a[5] };
  });
  const chosen = facets.map(function () { return new Set(); });
  const open = facets.map(function () { return false; });
  const input = document.getElementById("q");
  const list = document.getElementById("results");
  let current = [];

  function wordsOf(query) { return fold(query).split(/\s+/).filter(Boolean); }

  function misses(action, words) {
    // -1: the text does not match; else the facets whose choice the action misses, as a bit set
    for (let w = 0; w < words.length; w++) {
      if (action.text.indexOf(words[w]) < 0) { return -1; }
    }
    let missed = 0;
    for (let f = 0; f < chosen.length; f++) {
      if (chosen[f].size === 0) { continue; }
      const values = action.facets[f];
      let hit = false;
      for (let v = 0; v < values.length; v++) { if (chosen[f].has(values[v])) { hit = true; break; } }
      if (!hit) { missed |= 1 << f; }
    }
    return missed;
  }

  function search() {
    const words = wordsOf(input.value);
    const counts = facets.map(function (f) { return new Int32Array(f.values.length); });
    const results = [];
    for (let i = 0; i < actions.length; i++) {
      const action = actions[i];
      const missed = misses(action, words);
      if (missed < 0) { continue; }
      if (missed === 0) { results.push(action); }
      for (let f = 0; f < facets.length; f++) {
        if ((missed & ~(1 << f)) !== 0) { continue; }
        const values = action.facets[f];
        for (let v = 0; v < values.length; v++) { counts[f][values[v]]++; }
      }
    }
    current = results;
    showResults(results);
    showFacets(counts);
    document.body.dataset.searched = String((Number(document.body.dataset.searched) || 0) + 1);
  }

  function element(tag, text, className) {
    const node = document.createElement(tag);
    if (text !== undefined) { node.textContent = text; }
    if (className) { node.className = className; }
    return node;
  }

  function showResults(results) {
    document.getElementById("result-count").textContent =
      results.length.toLocaleString("fr-FR") + " action" + (results.length > 1 ? "s" : "") +
      " sur " + actions.length.toLocaleString("fr-FR");
    const items = document.createDocumentFragment();
    results.slice(0, SHOWN).forEach(function (action) {
      const item = element("li");
      const link = element("a", action.title);
      link.href = root + action.href;
      item.appendChild(link);
      item.appendChild(element("span", " — " + action.structure + (action.departement ? ", " + action.departement : ""), "where"));
      items.appendChild(item);
    });
    list.replaceChildren(items);
    document.getElementById("more").textContent = results.length > SHOWN ?
      "… et " + (results.length - SHOWN).toLocaleString("fr-FR") + " autres : précisez la recherche ou téléchargez la sélection." : "";
  }

  function showFacets(counts) {
    const box = document.getElementById("facets");
    const groups = document.createDocumentFragment();
    facets.forEach(function (facet, f) {
      const ranked = facet.values.map(function (_, v) { return v; })
        .filter(function (v) { return counts[f][v] > 0 || chosen[f].has(v); })
        .sort(function (a, b) { return counts[f][b] - counts[f][a] || facet.values[a].localeCompare(facet.values[b], "fr"); });
      if (ranked.length === 0) { return; }
      const group = element("fieldset");
      group.dataset.facet = facet.key;
      group.appendChild(element("legend", facet.label));
      const shown = open[f] ? ranked : ranked.slice(0, FACET_ROWS);
      shown.forEach(function (v) {
        const label = element("label");
        const box = element("input");
        box.type = "checkbox";
        box.checked = chosen[f].has(v);
        box.dataset.value = facet.values[v];
        box.addEventListener("change", function () {
          if (box.checked) { chosen[f].add(v); } else { chosen[f].delete(v); }
          search();
        });
        label.appendChild(box);
        label.appendChild(element("span", facet.values[v], "value"));
        label.appendChild(element("span", counts[f][v].toLocaleString("fr-FR"), "n"));
        group.appendChild(label);
      });
      if (ranked.length > FACET_ROWS) {
        const more = element("button", open[f] ? "moins" : "les " + ranked.length + " valeurs");
        more.type = "button";
        more.addEventListener("click", function () { open[f] = !open[f]; search(); });
        group.appendChild(more);
      }
      groups.appendChild(group);
    });
    box.replaceChildren(groups);
  }

  function selectionCsv() {
    const columns = ["titre", "structure", "département"].concat(
      facets.filter(function (f) { return f.key !== "departement"; }).map(function (f) { return f.label.toLowerCase(); }), ["page"]);
    const rows = current.map(function (action) {
      const row = [action.title, action.structure, action.departement];
      facets.forEach(function (facet, f) {
        if (facet.key === "departement") { return; }
        row.push(action.facets[f].map(function (v) { return facet.values[v]; }).join(" | "));
      });
      row.push(action.href);
      return row;
    });
    return window.maillageSite.toCsv(columns, rows);
  }

  input.addEventListener("input", search);
  document.getElementById("clear").addEventListener("click", function () {
    input.value = "";
    chosen.forEach(function (set) { set.clear(); });
    search();
  });
  document.getElementById("download-csv").addEventListener("click", function () {
    window.maillageSite.download("selection.csv", "text/csv;charset=utf-8", selectionCsv());
  });
  window.maillageSearch = { search: search, selectionCsv: selectionCsv };
  search();
  document.body.dataset.state = "ready";
})();
