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
    timer = setTimeout(function () { box.hidden = true; }, kind === "error" || kind === "warning" ? 8000 : 3000);
  }

  // A message to show on the next page (after 添加自评 the page is reloaded).
  function toastNext(text, kind) {
    try { sessionStorage.setItem("perfdocs-toast", JSON.stringify([text, kind || ""])); }
    catch (err) { /* storage off: the editor's messages still say it */ }
  }
  try {
    const waiting = sessionStorage.getItem("perfdocs-toast");
    if (waiting) {
      sessionStorage.removeItem("perfdocs-toast");
      const [text, kind] = JSON.parse(waiting);
      toast(text, kind);
    }
  } catch (err) { /* nothing kept */ }

  // 添加自评, as `perfdocs evaluate-init`: a year not yet ended is refused with the CLI's
  // text, and added only when the clerk says 「确要现在添加」 (its --force). True if added.
  function ask(why) {
    const dialog = document.getElementById("early-evaluation");
    document.getElementById("early-evaluation-why").textContent = why;
    return new Promise(function (resolve) {
      function answer(yes) {
        return function () {
          dialog.close();
          resolve(yes);
        };
      }
      document.getElementById("early-evaluation-cancel").onclick = answer(false);
      document.getElementById("early-evaluation-force").onclick = answer(true);
      dialog.oncancel = function () { resolve(false); };
      dialog.showModal();
    });
  }
  async function addEvaluation(path) {
    let result = await api("/api/evaluate-init", {path: path});
    if (!result.ok && result.data.confirm) {
      if (!(await ask(result.data.error))) { return false; }
      result = await api("/api/evaluate-init", {path: path, force: true});
    }
    if (!result.ok) {
      toast(result.data.error || "添加自评失败", "error");
      return false;
    }
    toastNext(result.data.message, result.data.note ? "warning" : "");
    return true;
  }

  window.perfdocs = {api: api, getJSON: getJSON, toast: toast, addEvaluation: addEvaluation};
})();
