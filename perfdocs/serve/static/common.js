// perfdocs 工作台: helpers shared by every page (written for this project, no library).
"use strict";
(function () {
  const meta = document.querySelector('meta[name="csrf-token"]');
  const csrf = meta ? meta.content : "";

  // POST a JSON body with this page's CSRF token; answer {ok, status, data}.
  async function api(url, body) {
    let response;
    try {
      response = await fetch(url, {
        method: "POST",
        credentials: "same-origin",
        headers: {"Content-Type": "application/json", "X-CSRF-Token": csrf},
        body: JSON.stringify(body),
      });
    } catch (err) {
      return {ok: false, status: 0, data: {error: "无法连接 perfdocs serve：它是否已经停止？"}};
    }
    let data = {};
    try { data = await response.json(); } catch (err) { data = {}; }
    return {ok: response.ok, status: response.status, data: data};
  }

  async function getJSON(url) {
    try {
      const response = await fetch(url, {credentials: "same-origin"});
      return {ok: response.ok, status: response.status, data: await response.json()};
    } catch (err) {
      return {ok: false, status: 0, data: {error: "无法连接 perfdocs serve：它是否已经停止？"}};
    }
  }

  let timer = null;
  function toast(text, kind) {
    const box = document.getElementById("toast");
    if (!box) { return; }
    box.textContent = text;
    box.className = "toast " + (kind || "");
    box.hidden = false;
    clearTimeout(timer);
    timer = setTimeout(function () { box.hidden = true; }, kind === "error" ? 8000 : 3000);
  }

  window.perfdocs = {api: api, getJSON: getJSON, toast: toast};
})();
