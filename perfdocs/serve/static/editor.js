// perfdocs 工作台: the project editor. Collects the form into the project's tree, asks the
// server to check it as `perfdocs validate` would, shows messages and figures, saves.
"use strict";
(function () {
  const {api, toast} = window.perfdocs;
  const state = JSON.parse(document.getElementById("state").textContent);
  const sheet = document.getElementById("sheet");
  const saveButton = document.getElementById("save");
  const saveState = document.getElementById("save-state");
  let original = state.tree;
  let hash = state.hash;
  let checkTimer = null;
  let checkSeq = 0;
  let dirty = false;
  let saving = false;

  const clone = (value) => JSON.parse(JSON.stringify(value));

  function get(tree, loc) {
    let node = tree;
    for (const part of loc) {
      if (node === null || typeof node !== "object"
          || Array.isArray(node) !== (typeof part === "number")) { return undefined; }
      node = node[part];
    }
    return node;
  }

  function setAt(tree, loc, value) {
    let node = tree;
    for (const part of loc.slice(0, -1)) {
      if (node[part] === null || typeof node[part] !== "object" || Array.isArray(node[part])) {
        node[part] = {};
      }
      node = node[part];
    }
    node[loc[loc.length - 1]] = value;
  }

  // Remove the key at loc; mappings left empty by it go too.
  function deleteAt(tree, loc) {
    const parents = [];
    let node = tree;
    for (const part of loc.slice(0, -1)) {
      if (node === null || typeof node !== "object") { return; }
      parents.push([node, part]);
      node = node[part];
    }
    if (node === null || typeof node !== "object") { return; }
    delete node[loc[loc.length - 1]];
    while (parents.length && Object.keys(node).length === 0) {
      const [parent, key] = parents.pop();
      delete parent[key];
      node = parent;
    }
  }

  // A mapping of names to texts (填报信息, 其他栏) is typed one "名称: 内容" a line (the
  // page shows it so: perfdocs.serve.fields.pairs_text).
  function parsePairs(text) {
    const out = {};
    for (const line of text.split("\n")) {
      if (!line.trim()) { continue; }
      const cut = line.search(/[:：]/);
      const key = (cut < 0 ? line : line.slice(0, cut)).trim();
      out[key] = cut < 0 ? "" : line.slice(cut + 1).trim();
    }
    return out;
  }
  const pairs = (el) => el.dataset.pairs !== undefined;
  const typed = (el) => pairs(el) ? parsePairs(el.value) : el.value;

  // A box the user has not changed since the page showed it (or since the last save)
  // is not written: the file keeps its own value, whatever the box shows of it (a
  // mapping or list is shown as text and could not be read back alike; tester8 #1).
  const untouched = (el) => el._base !== undefined && el.value === el._base;
  function baseline(root) {
    for (const el of root.querySelectorAll("input, textarea, select")) { el._base = el.value; }
  }

  // A value typed into a box: an untouched box keeps the file's own text. A cleared box
  // whose key the file writes keeps its key, empty (as evaluate-init writes a blank to
  // fill), and the comment on its line (tester15 F2: clearing a 分值 to retype it lost
  // `# 填写本指标的分值`); one the file does not write stays unwritten. A choice set to
  // （未填写） and a cleared list of 名称: 内容 take their key out: the model's default
  // (金额单位's, an empty mapping) is then what the file means, an empty value is not.
  const keepsBlank = (el) => !pairs(el) && el.tagName !== "SELECT";
  function apply(target, el, key) {
    if (untouched(el)) { return; }
    if (el.value.trim() !== "") {
      target[key] = typed(el);
    } else if (key in target && keepsBlank(el)) {
      target[key] = null;
    } else { delete target[key]; }
  }

  function rowsOf(table) { return Array.from(table.querySelectorAll("tbody tr.indicator")); }

  function collect() {
    const tree = clone(original);
    for (const el of sheet.querySelectorAll("[data-loc]")) {
      if (untouched(el)) { continue; }
      const loc = JSON.parse(el.dataset.loc);
      if (el.value.trim() !== "") {
        setAt(tree, loc, typed(el));
      } else if (get(original, loc) !== undefined && keepsBlank(el)) {
        setAt(tree, loc, null);  // a blank the file writes stays, empty (apply, above)
      } else { deleteAt(tree, loc); }
    }
    for (const box of sheet.querySelectorAll("[data-records]")) { collectRecords(tree, box); }
    for (const box of sheet.querySelectorAll("[data-choices]")) { collectChoices(tree, box); }
    for (const table of sheet.querySelectorAll("[data-table]")) {
      const loc = JSON.parse(table.dataset.table);
      const path = table.dataset.field;
      const groups = {};
      const rows = rowsOf(table);
      for (const row of rows) {
        const level1 = row.querySelector("input.level1").value.trim();
        const level2 = row.querySelector("input.level2").value.trim();
        const item = clone(row._orig || {});
        for (const input of row.querySelectorAll("[data-key]")) {
          apply(item, input, input.dataset.key);
        }
        row._item = item;
        groups[level1] = groups[level1] || {};
        groups[level1][level2] = groups[level1][level2] || [];
        groups[level1][level2].push(item);
        const field = path + "." + level1 + "." + level2 + "[" + groups[level1][level2].length + "]";
        row.dataset.field = field;
        for (const cell of row.querySelectorAll("td[data-cell]")) {
          const name = cell.dataset.cell;
          cell.dataset.field = name === "level1" ? path + "." + level1
            : name === "level2" ? path + "." + level1 + "." + level2 : field + "." + name;
        }
      }
      if (!rows.length && get(original, loc) === undefined) { continue; }
      if (get(tree, loc.slice(0, -1)) === undefined && !rows.length) { continue; }
      setAt(tree, loc, groups);
    }
    return tree;
  }

  // -- records (修订): a box per member, one row per entry ------------------------------------
  const recordRows = (box) => Array.from(box.querySelectorAll("tbody tr.record"));
  // What the rows show, and which rows they are: equal to the baseline, nothing to write.
  const recordSign = (box) => JSON.stringify(recordRows(box).map(
    (row) => [row._id, ...Array.from(row.querySelectorAll("[data-key]"), (el) => el.value)]));
  let recordIds = 0;

  function collectRecords(tree, box) {
    const rows = recordRows(box);
    const loc = JSON.parse(box.dataset.recordsLoc);
    const items = [];
    for (const row of rows) {
      const item = clone(row._orig || {});
      for (const el of row.querySelectorAll("[data-key]")) {
        const key = el.dataset.key;
        if (el.value.trim() === "") { delete item[key]; } else if (!(untouched(el) && key in item)) {
          item[key] = el.value.trim();
        }
      }
      row._item = item;
      if (Object.keys(item).length) { items.push(item); }
    }
    const many = items.length > 1 || (box.dataset.shape === "many" && items.length === 1);
    const path = box.dataset.field;
    rows.forEach(function (row, index) {
      row.dataset.field = many ? path + "[" + (index + 1) + "]" : path;
      for (const cell of row.querySelectorAll("td[data-cell]")) {
        cell.dataset.field = row.dataset.field + "." + cell.dataset.cell;
      }
    });
    if (recordSign(box) === box._sign) { return; }  // untouched: the file's value stays
    if (!items.length) { deleteAt(tree, loc); } else { setAt(tree, loc, many ? items : items[0]); }
  }

  function recordsSaved(box) {
    const value = get(original, JSON.parse(box.dataset.recordsLoc));
    if (recordSign(box) !== box._sign) {
      box.dataset.shape = value === undefined ? "none" : (Array.isArray(value) ? "many" : "one");
      for (const note of box.querySelectorAll(".records-note")) { note.remove(); }
    }
    for (const row of recordRows(box)) { row._orig = row._item; row._saved = true; }
    box._sign = recordSign(box);
  }

  // A saved entry is a time the forms were sent back: README says keep it, so its ✕ asks
  // first (tester9 N6); a row added since the last save goes without a question.
  const removeDialog = document.getElementById("remove-record");
  let removing = null;
  function describe(row) {
    const value = (key) => {
      const el = row.querySelector('[data-key="' + key + '"]');
      return el ? el.value.trim() : "";
    };
    const parts = [];
    if (value("版本")) { parts.push("第 " + value("版本") + " 版"); }
    if (value("日期")) { parts.push(value("日期")); }
    if (value("原因")) { parts.push(value("原因")); }
    return parts.join("，") || "（空的一条）";
  }
  document.getElementById("remove-record-cancel").addEventListener("click", function () {
    removing = null;
    removeDialog.close();
  });
  document.getElementById("remove-record-confirm").addEventListener("click", function () {
    const row = removing;
    removing = null;
    removeDialog.close();
    if (row) { row.remove(); changed(); }
  });
  removeDialog.addEventListener("close", function () { removing = null; });

  for (const box of sheet.querySelectorAll("[data-records]")) {
    const value = get(original, JSON.parse(box.dataset.recordsLoc));
    recordRows(box).forEach(function (row, index) {
      row._id = recordIds++;
      const entry = box.dataset.shape === "one" ? value
        : (box.dataset.shape === "many" ? value[index] : null);
      row._orig = entry && typeof entry === "object" ? entry : {};
      row._saved = true;  // the file's own entry
    });
    box.querySelector(".add-record").addEventListener("click", function () {
      const row = box.querySelector("template.record-template").content
        .querySelector("tr").cloneNode(true);
      row._id = recordIds++;
      row._orig = {};
      box.querySelector("tbody").append(row);
      row.querySelector("[data-key]").focus();
      changed();
    });
    box.addEventListener("click", function (event) {
      const button = event.target.closest("button.remove");
      if (!button) { return; }
      const row = button.closest("tr.record");
      if (!row._saved) {
        row.remove();
        changed();
        return;
      }
      removing = row;
      document.getElementById("remove-record-what").textContent = describe(row);
      removeDialog.showModal();
      document.getElementById("remove-record-cancel").focus();
    });
  }

  // -- 勾选: a row per tick-box row, its options to tick ---------------------------------------
  const choiceRows = (box) => Array.from(box.querySelectorAll("tbody tr.choice"));
  // The options a row ticks, as its boxes show them.
  function ticks(row) {
    const pick = row.querySelector("select.choice-pick");
    if (pick) { return pick.value ? [pick.value] : []; }
    const text = row.querySelector("input.choice-text");
    if (text) { return text.value.split(/[、,，]/).map((t) => t.trim()).filter(Boolean); }
    return Array.from(row.querySelectorAll("input.choice-tick:checked"), (el) => el.value);
  }
  const choiceSign = (box) => JSON.stringify(choiceRows(box).map(
    (row) => [row.dataset.key, ticks(row)]));

  // Untouched, the file's value stays as written (a row's text or list, the box's order);
  // a row left as it was keeps its own value; one with nothing ticked is left out.
  function collectChoices(tree, box) {
    if (choiceSign(box) === box._sign) { return; }
    const loc = JSON.parse(box.dataset.choicesLoc);
    const written = get(original, loc);
    const before = written && typeof written === "object" && !Array.isArray(written)
      ? written : {};
    const rows = {};
    for (const row of choiceRows(box)) {
      const key = row.dataset.key;
      const now = ticks(row);
      if (key in before && JSON.stringify(now) === row._ticks) {
        rows[key] = before[key];
      } else if (now.length) {
        rows[key] = now.length === 1 && !Array.isArray(before[key]) ? now[0] : now;
      }
    }
    const out = {};
    for (const key of [...Object.keys(before), ...Object.keys(rows)]) {
      if (key in rows) { out[key] = rows[key]; }
    }
    if (Object.keys(out).length) { setAt(tree, loc, out); } else { deleteAt(tree, loc); }
  }

  function choicesSaved(box) {
    if (choiceSign(box) !== box._sign) {
      box.dataset.shape = "map";
      for (const note of box.querySelectorAll(".records-note")) { note.remove(); }
    }
    for (const row of choiceRows(box)) { row._ticks = JSON.stringify(ticks(row)); }
    box._sign = choiceSign(box);
  }

  for (const box of sheet.querySelectorAll("[data-choices]")) {
    box.addEventListener("click", function (event) {
      const button = event.target.closest("button.remove");
      if (!button) { return; }
      button.closest("tr.choice").remove();
      changed();
    });
  }

  // -- messages and figures ---------------------------------------------------------------
  function target(field) {
    let name = field;
    while (true) {
      const found = sheet.querySelector('[data-field="' + CSS.escape(name) + '"]');
      if (found) { return found; }
      if (!name) { return null; }
      const cut = Math.max(name.lastIndexOf("."), name.lastIndexOf("["));
      name = cut > 0 ? name.slice(0, cut) : "";
    }
  }

  function messageBox(el) {
    if (el.tagName === "TR" && el.classList.contains("indicator")) {
      el = el.querySelector('td[data-cell="三级指标"]') || el.querySelector("td");
    }
    return el.querySelector(":scope > .msg") || el.querySelector(".msg");
  }

  function showMessages(messages) {
    for (const box of sheet.querySelectorAll(".msg")) { box.textContent = ""; }
    for (const el of sheet.querySelectorAll(".has-error, .has-warning")) {
      el.classList.remove("has-error", "has-warning");
    }
    const list = document.getElementById("messages");
    list.textContent = "";
    let errors = 0;
    let warnings = 0;
    let notes = 0;
    for (const m of messages) {
      if (m.severity === "error") { errors += 1; } else if (m.severity === "warning") {
        warnings += 1;
      } else { notes += 1; }
      const el = target(m.field);
      const item = document.createElement("li");
      item.className = m.severity;
      item.textContent = m.text;
      list.append(item);
      if (!el) { continue; }
      if (m.severity !== "note") {
        el.classList.add(m.severity === "error" ? "has-error" : "has-warning");
      }
      const box = messageBox(el);
      if (box) {
        const line = document.createElement("p");
        line.className = m.severity;
        line.textContent = m.word + "：" + m.message;
        box.append(line);
      }
      item.addEventListener("click", function () {
        el.scrollIntoView({block: "center"});
        const input = el.querySelector("input, textarea, select");
        if (input) { input.focus({preventScroll: true}); }
      });
    }
    if (!messages.length) {
      const item = document.createElement("li");
      item.className = "ok";
      item.textContent = "✓ 校验通过";
      list.append(item);
    }
    document.getElementById("counts").textContent = errors + " 个错误，" + warnings + " 个警告"
      + (notes ? "，" + notes + " 个提示" : "");
  }

  function showFigures(figures) {
    const box = document.getElementById("figures");
    box.hidden = !figures || !Object.keys(figures).length;
    figures = figures || {};
    for (const out of document.querySelectorAll("output[data-figure]")) {
      out.textContent = figures[out.dataset.figure] || "—";
    }
    for (const out of sheet.querySelectorAll("output[data-fund]")) {
      out.textContent = (figures.funds || {})[out.dataset.fund] || "";
    }
    for (const row of sheet.querySelectorAll("tr.indicator")) {
      const found = (figures.indicators || {})[row.dataset.field];
      const suggested = row.querySelector("output.suggested");
      if (suggested) { suggested.textContent = found ? (found.suggested || "—") : ""; }
      const score = row.querySelector('[data-key="得分"]');
      if (score) { score.placeholder = found && found.suggested ? found.suggested : ""; }
    }
  }

  function showResult(data) {
    showMessages(data.messages || []);
    showFigures(data.figures);
  }

  async function check() {
    const seq = ++checkSeq;
    const result = await api("/api/check", {path: state.path, hash: hash, tree: collect()});
    if (seq !== checkSeq) { return; }  // a newer check is on its way
    if (result.ok) {
      showResult(result.data);
    } else {
      toast(result.data.error || "校验失败", "error");
    }
  }

  function changed() {
    const now = JSON.stringify(collect()) !== JSON.stringify(original);
    setDirty(now);
    clearTimeout(checkTimer);
    checkTimer = setTimeout(check, 350);
  }

  function setDirty(value) {
    dirty = value;
    saveButton.disabled = !dirty || saving;
    saveState.textContent = dirty ? "未保存" : "已保存";
    saveState.className = "save-state " + (dirty ? "dirty" : "saved");
  }

  // -- saving -------------------------------------------------------------------------------
  async function save(force) {
    if (saving) { return false; }
    saving = true;
    saveButton.disabled = true;
    const tree = collect();
    const result = await api("/api/save", {path: state.path, hash: hash, tree: tree, force: !!force});
    saving = false;
    if (result.status === 409) {
      document.getElementById("conflict-diff").textContent = result.data.diff || "";
      document.getElementById("conflict").showModal();
      setDirty(true);
      return false;
    }
    if (!result.ok) {
      toast(result.data.error || "保存失败", "error");
      setDirty(true);
      return false;
    }
    hash = result.data.hash;
    original = clone(tree);
    for (const row of sheet.querySelectorAll("tr.indicator")) { row._orig = row._item; }
    for (const box of sheet.querySelectorAll("[data-records]")) { recordsSaved(box); }
    for (const box of sheet.querySelectorAll("[data-choices]")) { choicesSaved(box); }
    baseline(sheet);
    setDirty(false);
    showResult(result.data);
    showWaiting(result.data.waiting);
    toast("已保存 " + state.path, "ok");
    return true;
  }

  saveButton.addEventListener("click", function () { save(false); });
  document.addEventListener("keydown", function (event) {
    if ((event.ctrlKey || event.metaKey) && event.key === "s") {
      event.preventDefault();
      if (dirty) { save(false); }
    }
  });
  document.getElementById("conflict-cancel").addEventListener("click", function () {
    document.getElementById("conflict").close();
  });
  document.getElementById("conflict-reload").addEventListener("click", function () {
    dirty = false;
    window.location.reload();
  });
  document.getElementById("conflict-overwrite").addEventListener("click", async function () {
    document.getElementById("conflict").close();
    await save(true);
  });
  window.addEventListener("beforeunload", function (event) {
    if (dirty) { event.preventDefault(); event.returnValue = ""; }
  });

  // Preview and downloads print the saved file: save first. A form the saved file cannot
  // make yet (its part unfinished: the server's `waiting`, kind → why) is greyed and says
  // why instead of leading to the explanation page; each save updates them.
  let waiting = state.waiting || {};
  function showWaiting(next) {
    waiting = next || {};
    for (const el of document.querySelectorAll("[data-form]")) {
      const why = waiting[el.dataset.form];
      el.classList.toggle("waiting", !!why);
      if (el.matches("a.button")) {
        if (why) { el.title = why; } else { el.removeAttribute("title"); }
      }
      const note = el.matches("p") ? el.querySelector(".wait-note") : null;
      if (note) { note.textContent = why ? "（" + why + "）" : ""; }
    }
  }
  for (const link of document.querySelectorAll("[data-needs-saved]")) {
    link.addEventListener("click", async function (event) {
      if (!dirty && !waiting[link.dataset.form]) { return; }
      event.preventDefault();
      if (dirty && !(await save(false))) { return; }
      const why = waiting[link.dataset.form];
      if (why) {
        toast(link.dataset.form + "还不能生成：" + why, "error");
      } else {
        window.location.href = link.href;
      }
    });
  }

  const evaluateInit = document.getElementById("evaluate-init");
  if (evaluateInit) {
    evaluateInit.addEventListener("click", async function () {
      if (dirty && !(await save(false))) { return; }
      evaluateInit.disabled = true;
      if (await window.perfdocs.addEvaluation(state.path)) {
        dirty = false;
        window.location.reload();
      } else {
        evaluateInit.disabled = false;
      }
    });
  }

  // -- the indicator tables -------------------------------------------------------------------
  // The 二级 names offered for a row: those of its 一级 in the layout and the folder.
  function levelList(row, table) {
    table = table || row.closest("[data-table]");
    const level1 = row.querySelector("input.level1").value.trim();
    for (const list of table.querySelectorAll("datalist[data-level1]")) {
      if (list.dataset.level1 === level1) {
        row.querySelector("input.level2").setAttribute("list", list.id);
        return;
      }
    }
    row.querySelector("input.level2").removeAttribute("list");
  }

  function newRow(table, level1, level2) {
    const template = table.querySelector("template.row-template");
    const row = template.content.querySelector("tr").cloneNode(true);
    row._orig = {};
    row.querySelector("input.level1").value = level1 || "";
    row.querySelector("input.level2").value = level2 || "";
    levelList(row, table);
    return row;
  }

  // 一级/二级 columns as wide as their longest name, measured in the boxes' own font, so
  // no name is cut in its box (tester8 #15: 服务对象满意度指标 showed as 服务对象满意).
  const ruler = document.createElement("canvas").getContext("2d");
  function fitLevels(table) {
    for (const name of ["level1", "level2"]) {
      let widest = 0;
      let spare = 0;
      for (const input of table.querySelectorAll("tbody input." + name)) {
        const style = getComputedStyle(input);
        ruler.font = style.font;
        widest = Math.max(widest, ruler.measureText(input.value.trim()).width);
        // its padding and borders, and the arrow Chromium draws in a box with choices
        spare = Math.max(spare, parseFloat(style.paddingLeft) + parseFloat(style.paddingRight)
          + parseFloat(style.borderLeftWidth) + parseFloat(style.borderRightWidth)
          + (input.getAttribute("list") ? 18 : 0));
      }
      // + the cell's padding, and room for the caret (an input scrolls 1-2 px early)
      const width = Math.min(Math.ceil(widest + spare) + 14, 340);
      table.querySelector("table").style.setProperty("--" + name, width + "px");
    }
  }

  for (const table of sheet.querySelectorAll("[data-table]")) {
    const loc = JSON.parse(table.dataset.table);
    for (const row of rowsOf(table)) {
      row._orig = get(original, [...loc, row.dataset.l1, row.dataset.l2, Number(row.dataset.index)]) || {};
      levelList(row);
    }
    fitLevels(table);  // once the boxes have their lists (a list draws an arrow)
    table.addEventListener("input", function (event) {
      if (event.target.matches("input.level1, input.level2")) { fitLevels(table); }
    });
    table.querySelector(".add-row").addEventListener("click", function () {
      const rows = rowsOf(table);
      const last = rows[rows.length - 1];
      const row = newRow(table, last ? last.querySelector("input.level1").value : "",
        last ? last.querySelector("input.level2").value : "");
      table.querySelector("tbody").append(row);
      row.querySelector('[data-key="三级指标"]').focus();
      changed();
    });
    table.addEventListener("click", function (event) {
      const button = event.target.closest("button.icon");
      if (!button) { return; }
      const row = button.closest("tr.indicator");
      if (button.classList.contains("up") && row.previousElementSibling) {
        row.parentNode.insertBefore(row, row.previousElementSibling);
      } else if (button.classList.contains("down") && row.nextElementSibling) {
        row.parentNode.insertBefore(row.nextElementSibling, row);
      } else if (button.classList.contains("insert")) {
        const added = newRow(table, row.querySelector("input.level1").value,
          row.querySelector("input.level2").value);
        row.after(added);
        added.querySelector('[data-key="三级指标"]').focus();
      } else if (button.classList.contains("remove")) {
        row.remove();
      } else {
        return;
      }
      changed();
    });
    table.addEventListener("change", function (event) {
      if (event.target.classList.contains("level1")) {
        levelList(event.target.closest("tr"));
        fitLevels(table);
      }
      if (event.target.classList.contains("toggle-spare")) {
        table.classList.toggle("showing-spare", event.target.checked);
        for (const area of table.querySelectorAll(".spare textarea")) { grow(area); }
      }
    });
  }

  // Text boxes grow with their text.
  function grow(area) {
    area.style.height = "auto";
    area.style.height = area.scrollHeight + 2 + "px";
  }
  for (const area of sheet.querySelectorAll("textarea")) { grow(area); }
  // Once fonts and the tables' widths are final, fit every box to its text again.
  window.addEventListener("load", function () {
    for (const area of sheet.querySelectorAll("textarea")) { grow(area); }
  });

  sheet.addEventListener("input", function (event) {
    if (event.target.tagName === "TEXTAREA") { grow(event.target); }
    units();
    changed();
  });
  sheet.addEventListener("change", changed);
  sheet.addEventListener("submit", function (event) { event.preventDefault(); });

  // Amounts are read in the file's 金额单位 unless written with their own (435.82万元).
  const unitSelect = sheet.querySelector('select[data-loc="[\\"金额单位\\"]"]');
  const fileUnit = unitSelect ? unitSelect.dataset.default : "元";
  function units() {
    const unit = (unitSelect && unitSelect.value) || fileUnit;
    for (const label of document.querySelectorAll("[data-money-unit]")) {
      const input = label.parentNode.querySelector("input");
      const own = input && /(万元|元)\s*$/.test(input.value);
      label.textContent = own ? "" : unit;
    }
  }
  units();

  baseline(sheet);
  for (const box of sheet.querySelectorAll("[data-records]")) { box._sign = recordSign(box); }
  for (const box of sheet.querySelectorAll("[data-choices]")) {
    for (const row of choiceRows(box)) { row._ticks = JSON.stringify(ticks(row)); }
    box._sign = choiceSign(box);
  }
  collect();
  showResult({messages: state.messages, figures: state.figures});
})();
