// Progressive enhancement: live word counts, spoken-time estimates and timers per answer box.
// Everything works without this file; forms post normally.
(function () {
  "use strict";
  var WPM = 150;
  document.documentElement.classList.add("js");

  function clock(seconds) {
    var s = Math.round(seconds);
    return Math.floor(s / 60) + ":" + String(s % 60).padStart(2, "0");
  }

  function stateFor(seconds, target, max) {
    if (seconds > max) return "red";
    if (seconds > target) return "amber";
    return "ok";
  }

  function words(text) {
    var m = text.trim().match(/\S+/g);
    return m ? m.length : 0;
  }

  function setupBox(box) {
    if (box.dataset.ready) return;
    box.dataset.ready = "1";
    var area = box.querySelector("textarea");
    var target = Number(box.dataset.target);
    var max = Number(box.dataset.max);
    var wordsEl = box.querySelector("[data-words]");
    var spokenEl = box.querySelector("[data-spoken]");
    var timerEl = box.querySelector("[data-timer]");
    var timeInput = box.querySelector("[data-time]");
    var elapsed = timeInput ? Number(timeInput.value) || 0 : 0;
    var tick = null;

    function update() {
      var n = words(area.value);
      var spoken = (n * 60) / WPM;
      wordsEl.textContent = n + (n === 1 ? " word" : " words");
      spokenEl.textContent = "≈ " + clock(spoken) + " spoken";
      box.dataset.state = n ? stateFor(spoken, target, max) : "";
      if (timerEl) {
        timerEl.textContent = clock(elapsed);
        timerEl.dataset.state = elapsed ? stateFor(elapsed, target, max) : "";
      }
      if (timeInput) timeInput.value = elapsed.toFixed(1);
    }

    function start() {
      if (tick || !timerEl) return;
      var last = Date.now();
      tick = setInterval(function () {
        var now = Date.now();
        elapsed += (now - last) / 1000;
        last = now;
        update();
      }, 250);
    }

    function stop() {
      clearInterval(tick);
      tick = null;
    }

    area.addEventListener("input", function () { start(); update(); });
    area.addEventListener("focus", start);
    area.addEventListener("blur", stop);
    update();
  }

  function setup(root) {
    root.querySelectorAll("[data-box]").forEach(setupBox);
  }

  document.addEventListener("DOMContentLoaded", function () { setup(document); });
  document.addEventListener("htmx:load", function (event) { setup(event.target); });

  document.addEventListener("click", function (event) {
    var link = event.target.closest("[data-try-again]");
    if (!link) return;
    event.preventDefault();
    var form = document.getElementById("answer-form");
    if (!form) return;
    form.scrollIntoView({ behavior: "smooth", block: "start" });
    var first = form.querySelector("textarea");
    if (first) first.focus({ preventScroll: true });
  });

  document.addEventListener("htmx:afterSwap", function (event) {
    var heading = event.target.querySelector("h2[id]");
    if (heading && event.target.id !== "results") {
      heading.setAttribute("tabindex", "-1");
      heading.focus({ preventScroll: true });
    }
  });
})();
