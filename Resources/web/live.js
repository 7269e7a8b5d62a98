// The live speaking board, made quicker to use. Without this script every button is an ordinary
// form. With it: the keys of `roundtable turns live` press the buttons (a person's key starts their
// turn, space ends it, u undoes), a press is sent without leaving the page, and the board follows
// every change, from this browser or any other, within a second.
"use strict";
(function () {
  const board = document.getElementById("board");
  if (!board || !window.fetch) { return; }
  const session = board.dataset.session;

  function replace(html) {
    const focused = document.activeElement && document.activeElement.dataset ? document.activeElement.dataset.key : null;
    board.innerHTML = html;
    if (focused) {
      const again = board.querySelector('button[data-key="' + CSS.escape(focused) + '"]');
      if (again) { again.focus(); }
    }
  }

  async function send(form) {
    const response = await fetch(form.action, {
      method: "POST", body: new URLSearchParams(new FormData(form)), credentials: "same-origin",
      headers: { "X-Roundtable-Board": "1" }
    });
    if (response.ok) { replace(await response.text()); } else { window.location.reload(); }
  }

  board.addEventListener("submit", function (event) {
    event.preventDefault();
    send(event.target);
  });

  document.addEventListener("keydown", function (event) {
    if (event.ctrlKey || event.metaKey || event.altKey) { return; }
    const target = event.target;
    if (target && (target.tagName === "INPUT" || target.tagName === "TEXTAREA" || target.tagName === "SELECT")) { return; }
    const key = event.key.length === 1 ? event.key.toLowerCase() : null;
    if (!key) { return; }
    // Space on a focused button presses that button, as everywhere else.
    if (key === " " && target && target.tagName === "BUTTON") { return; }
    const button = board.querySelector('button[data-key="' + CSS.escape(key) + '"]');
    if (!button) { return; }
    event.preventDefault();
    send(button.form);
  });

  if (window.EventSource) {
    const events = new EventSource("/sessions/" + session + "/live/events");
    events.addEventListener("board", function (event) { replace(event.data); });
  }
})();
