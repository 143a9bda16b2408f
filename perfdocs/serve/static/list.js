// perfdocs 工作台: the project list (filters, new project, evaluate-init, packets).
"use strict";
(function () {
  const {api, getJSON, toast, addEvaluation} = window.perfdocs;

  for (const select of document.querySelectorAll("select[data-autosubmit]")) {
    select.addEventListener("change", function () { select.form.submit(); });
  }

  for (const button of document.querySelectorAll(".toggle-messages")) {
    button.addEventListener("click", function () {
      const next = button.closest("tr").nextElementSibling;
      if (next && next.classList.contains("messages")) { next.hidden = !next.hidden; }
    });
  }

  // 新建项目
  const dialog = document.getElementById("new-dialog");
  const form = document.getElementById("new-form");
  const error = document.getElementById("new-error");
  document.getElementById("new-project").addEventListener("click", function () {
    error.hidden = true;
    dialog.showModal();
    form.elements.name.focus();
  });
  document.getElementById("new-cancel").addEventListener("click", function () { dialog.close(); });
  form.addEventListener("submit", async function (event) {
    event.preventDefault();
    const body = {};
    for (const key of ["name", "department", "unit", "year", "file"]) {
      body[key] = form.elements[key].value;
    }
    const result = await api("/api/new", body);
    if (result.ok) {
      window.location.href = result.data.url;
    } else {
      error.textContent = result.data.error || "创建失败";
      error.hidden = false;
    }
  });

  // 添加自评 (evaluate-init)
  for (const button of document.querySelectorAll(".evaluate-init")) {
    button.addEventListener("click", async function () {
      button.disabled = true;
      if (await addEvaluation(button.dataset.path)) {
        window.location.href = "/edit?path=" + encodeURIComponent(button.dataset.path);
      } else {
        button.disabled = false;
      }
    });
  }

  // 材料包: the projects listed (as filtered) that have the stage's part
  const jobBox = document.getElementById("job");
  for (const button of document.querySelectorAll("button.packet")) {
    button.addEventListener("click", async function () {
      const stage = button.dataset.stage;
      const key = stage === "申报" ? "declared" : "evaluated";
      const paths = [];
      for (const row of document.querySelectorAll("#projects tbody tr[data-path]")) {
        if (row.dataset[key] === "true") { paths.push(row.dataset.path); }
      }
      if (!paths.length) {
        toast("当前列表中没有填写了「" + stage + "」部分的项目", "error");
        return;
      }
      for (const b of document.querySelectorAll("button.packet")) { b.disabled = true; }
      const day = document.getElementById("packet-date").value.trim();
      const result = await api("/api/packet", {stage: stage, paths: paths, date: day});
      if (!result.ok) {
        toast(result.data.error || "无法开始生成", "error");
        for (const b of document.querySelectorAll("button.packet")) { b.disabled = false; }
        return;
      }
      follow(result.data);
    });
  }

  function show(job) {
    jobBox.hidden = false;
    jobBox.dataset.state = job.state;
    const title = {running: "正在生成", done: "已生成", failed: "未能生成"}[job.state];
    document.getElementById("job-title").textContent = title + job.stage + "材料包";
    const bar = document.getElementById("job-progress");
    bar.max = Math.max(job.total, 1);
    bar.value = job.done;
    document.getElementById("job-text").textContent =
      "项目 " + job.done + " / " + job.total + (job.current ? "：" + job.current : "");
    const list = document.getElementById("job-packets");
    list.textContent = "";
    for (const packet of job.packets) {
      const item = document.createElement("li");
      item.append(packet.folder + " ");
      if (packet.zip) {
        const link = document.createElement("a");
        link.href = packet.zip;
        link.textContent = "下载 " + packet.name + ".zip";
        link.className = "packet-zip";
        item.append(link);
      }
      list.append(item);
    }
    const messages = document.getElementById("job-messages");
    messages.hidden = !job.messages.length;
    messages.textContent = job.messages.join("\n");
  }

  async function follow(job) {
    show(job);
    while (job.state === "running") {
      await new Promise(function (resolve) { setTimeout(resolve, 500); });
      const result = await getJSON("/api/jobs/" + job.id);
      if (!result.ok) { toast(result.data.error || "任务状态不可用", "error"); break; }
      job = result.data;
      show(job);
    }
    for (const b of document.querySelectorAll("button.packet")) { b.disabled = false; }
  }
})();
