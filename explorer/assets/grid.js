/* Maillage site: the tiles of the départements, coloured by the figure chosen in #figure
   (a sequential blue scale from 0 to the largest value); each tile shows its value. */
(function () {
  "use strict";
  const select = document.getElementById("figure");
  const tiles = Array.from(document.querySelectorAll(".tile"));

  function paint() {
    const figure = select.value;
    const values = tiles.map(function (tile) { return Number(tile.dataset[figure]); });
    const top = Math.max.apply(null, values.concat([1]));
    tiles.forEach(function (tile, i) {
      const share = values[i] / top;
      tile.style.background = values[i] ? "hsl(212, 60%, " + Math.round(92 - 57 * share) + "%)" : "";
      tile.style.color = share > 0.55 ? "#fff" : "";
      tile.querySelector(".v").textContent = values[i].toLocaleString("fr-FR");
    });
    document.getElementById("scale").textContent = "de 0 à " + top.toLocaleString("fr-FR");
  }

  select.addEventListener("change", paint);
  paint();
})();
