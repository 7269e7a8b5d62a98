// Search as you type on the glossary page. Without this script the search box is an ordinary
// form; with it, the results below the box follow what is typed, and a screen reader hears them
// through the live region they sit in.
"use strict";
(function () {
  const box = document.getElementById("q");
  const results = document.getElementById("results");
  if (!box || !results || !window.fetch) { return; }
  let timer = null;
  let latest = 0;
  box.addEventListener("input", function () {
    clearTimeout(timer);
    timer = setTimeout(async function () {
      const asked = ++latest;
      const address = "/glossary?q=" + encodeURIComponent(box.value);
      const response = await fetch(address, { credentials: "same-origin" });
      if (!response.ok || asked !== latest) { return; }
      const page = new DOMParser().parseFromString(await response.text(), "text/html");
      const found = page.getElementById("results");
      if (found) {
        results.replaceChildren(...found.childNodes);
        history.replaceState(null, "", address);
      }
    }, 250);
  });
})();
