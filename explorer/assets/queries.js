/* Maillage site: run the named queries through `maillage serve --site`, which binds the
   parameters on the server (as `maillage query -p` does) and answers {columns, rows}.
   Opened from the disk, the forms stay disabled. Results are written as text. */
(function () {
  "use strict";
  const served = location.protocol === "http:" || location.protocol === "https:";

  function element(tag, text) {
    const node = document.createElement(tag);
    if (text !== undefined && text !== null) { node.textContent = text; }
    return node;
  }

  function show(output, answer) {
    const table = element("table");
    table.className = "data";
    const head = table.createTHead().insertRow();
    answer.columns.forEach(function (c) { head.appendChild(element("th", c)); });
    const body = table.createTBody();
    answer.rows.forEach(function (row) {
      const tr = body.insertRow();
      row.forEach(function (value) { tr.appendChild(element("td", value)); });
    });
    output.replaceChildren(element("p", answer.rows.length + " ligne(s)"), table);
  }

  document.querySelectorAll("section.query").forEach(function (section) {
    const form = section.querySelector("form");
    const output = section.querySelector(".output");
    form.querySelectorAll("input, button").forEach(function (c) { c.disabled = !served; });
    form.addEventListener("submit", function (event) {
      event.preventDefault();
      const params = new URLSearchParams();
      new FormData(form).forEach(function (value, name) { if (value) { params.append(name, value); } });
      output.textContent = "…";
      fetch("run/" + encodeURIComponent(section.dataset.query) + "?" + params.toString())
        .then(function (response) {
          return response.json().then(function (answer) {
            if (!response.ok) { throw new Error(answer.error || response.statusText); }
            return answer;
          });
        })
        .then(function (answer) { show(output, answer); })
        .catch(function (error) { output.replaceChildren(element("p", "Erreur : " + error.message)); });
    });
  });
  if (served) { document.getElementById("server-note").textContent = "Servi par maillage serve : les requêtes s'exécutent sur le graphe."; }
})();
