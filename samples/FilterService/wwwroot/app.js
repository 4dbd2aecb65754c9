// The page: upload an image, pick a filter and its parameters, run it as a job with a progress bar (server-sent
// events), cancel it, and show the server-rendered PNG of the result beside the input.
"use strict";

const $ = id => document.getElementById(id);
let filters = [];
let imageId = null;
let jobId = null;
let events = null;

function setStatus(text, isError = false) {
  $("status").textContent = text;
  $("status").className = isError ? "error" : "";
}

async function problem(response) {
  try {
    const body = await response.json();
    return body.detail || body.title || response.statusText;
  } catch {
    return `${response.status} ${response.statusText}`;
  }
}

function showParameters() {
  const filter = filters.find(f => f.name === $("filter").value);
  const box = $("parameters");
  box.replaceChildren();
  for (const p of filter.parameters) {
    const label = document.createElement("label");
    label.textContent = `${p.name} `;
    label.title = `${p.description} (${p.minimum} to ${p.maximum})`;
    const input = document.createElement("input");
    input.type = "number";
    input.name = p.name;
    input.min = p.minimum;
    input.max = p.maximum;
    input.step = p.type === "integer" ? "1" : "any";
    input.value = p.default ?? (p.name === "upper" ? 128 : Math.min(Math.max(2, p.minimum), p.maximum));
    label.append(input);
    box.append(label);
  }
}

async function loadFilters() {
  const response = await fetch("/filters");
  filters = await response.json();
  $("filter").replaceChildren(...filters.map(f => new Option(f.name, f.name)));
  showParameters();
}

async function upload() {
  const file = $("file").files[0];
  if (!file) return;
  setStatus("uploading…");
  const response = await fetch("/images", {
    method: "POST",
    headers: { "Content-Type": file.type === "image/png" ? "image/png" : "application/octet-stream" },
    body: file,
  });
  if (!response.ok) {
    imageId = null;
    $("run").disabled = true;
    setStatus(`upload failed: ${await problem(response)}`, true);
    return;
  }
  const image = await response.json();
  imageId = image.id;
  $("input").src = `/images/${image.id}?format=png`;
  $("result").removeAttribute("src");
  $("run").disabled = false;
  setStatus(`uploaded ${image.width}x${image.height}`);
}

// In cluster mode: the silo the job runs on and the attempt (a lost silo's job starts again on another).
function showSilo(status) {
  $("silo").textContent = status.siloName ? `on ${status.siloName} (${status.silo}), attempt ${status.attempts}` : "";
}

function finish(status) {
  events?.close();
  events = null;
  $("cancel").disabled = true;
  $("run").disabled = imageId === null;
  if (status.state === "succeeded") {
    $("result").src = `/jobs/${status.id}/result?format=png`;
    setStatus("done");
  } else {
    setStatus(status.state + (status.error ? `: ${status.error}` : ""), status.state === "failed");
  }
}

async function run() {
  const parameters = {};
  for (const input of $("parameters").querySelectorAll("input")) {
    parameters[input.name] = Number(input.value);
  }
  const response = await fetch("/jobs", {
    method: "POST",
    headers: { "Content-Type": "application/json" },
    body: JSON.stringify({ image: imageId, steps: [{ filter: $("filter").value, parameters }] }),
  });
  if (!response.ok) {
    setStatus(`run failed: ${await problem(response)}`, true);
    return;
  }
  jobId = (await response.json()).id;
  $("run").disabled = true;
  $("cancel").disabled = false;
  $("progress").value = 0;
  $("result").removeAttribute("src");
  $("silo").textContent = "";
  setStatus("queued");
  events = new EventSource(`/jobs/${jobId}/events`);
  events.addEventListener("progress", e => {
    const status = JSON.parse(e.data);
    $("progress").value = status.progress;
    setStatus(`${status.state} ${Math.round(status.progress * 100)} %`);
    showSilo(status);
  });
  events.addEventListener("done", e => {
    const status = JSON.parse(e.data);
    $("progress").value = status.progress;
    showSilo(status);
    finish(status);
  });
}

async function cancel() {
  if (jobId) await fetch(`/jobs/${jobId}`, { method: "DELETE" });
}

$("file").addEventListener("change", upload);
$("filter").addEventListener("change", showParameters);
$("run").addEventListener("click", run);
$("cancel").addEventListener("click", cancel);
loadFilters().catch(e => setStatus(`could not load the filters: ${e}`, true));
