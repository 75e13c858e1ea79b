// Tradebot web UI: log in, then show account, positions, orders and watchlists, refreshed every 5 s.
// Every value from the server reaches the page through textContent, never as HTML.
"use strict";

(function () {
  const REFRESH_MS = 5000;
  const STORAGE_KEY = "tradebot.session";
  let refreshTimer = null;
  let expiryTimer = null;

  const $ = (id) => document.getElementById(id);

  // ---- session ----------------------------------------------------------------------------------

  function loadSession() {
    try {
      const session = JSON.parse(sessionStorage.getItem(STORAGE_KEY));
      if (session && session.accessToken && Date.parse(session.expiresAt) > Date.now()) {
        return session;
      }
    } catch (e) {
      // A damaged entry is treated as no session.
    }
    sessionStorage.removeItem(STORAGE_KEY);
    return null;
  }

  function saveSession(session) {
    sessionStorage.setItem(STORAGE_KEY, JSON.stringify(session));
  }

  class HttpError extends Error {
    constructor(status, message) {
      super(message);
      this.status = status;
    }
  }

  // The server's problem+json "detail" when there is one, else a plain sentence for the status.
  async function errorFrom(response) {
    let detail = null;
    try {
      const body = await response.json();
      detail = body && typeof body.detail === "string" ? body.detail : null;
    } catch (e) {
      // Not JSON: fall back to the status.
    }
    if (response.status === 502 || response.status === 504) {
      detail = "Backend unavailable: the server behind this page is not answering. Retrying.";
    }
    return new HttpError(response.status, detail || "Request failed (HTTP " + response.status + ")");
  }

  async function api(path, options) {
    const session = loadSession();
    const headers = { "Accept": "application/json" };
    if (session) {
      headers["Authorization"] = "Bearer " + session.accessToken;
    }
    let response;
    try {
      response = await fetch(path, Object.assign({ headers: headers, cache: "no-store" }, options || {}));
    } catch (e) {
      throw new HttpError(0, "Cannot reach Tradebot: check your connection. Retrying.");
    }
    if (!response.ok) {
      throw await errorFrom(response);
    }
    return response.json();
  }

  // ---- login / logout ---------------------------------------------------------------------------

  function show(element, text) {
    element.textContent = text || "";
    element.hidden = !text;
  }

  async function login(event) {
    event.preventDefault();
    const button = $("login-button");
    show($("login-error"), "");
    button.disabled = true;
    try {
      const response = await fetch("/api/auth/login", {
        method: "POST",
        headers: { "Content-Type": "application/json", "Accept": "application/json" },
        body: JSON.stringify({ username: $("username").value.trim(), password: $("password").value }),
      });
      if (!response.ok) {
        const error = await errorFrom(response);
        show($("login-error"), response.status === 401 ? "Invalid username or password." : error.message);
        return;
      }
      const token = await response.json();
      saveSession({
        accessToken: token.accessToken,
        expiresAt: token.expiresAt,
        role: token.role,
        username: $("username").value.trim(),
      });
      $("password").value = "";
      startDashboard();
    } catch (e) {
      show($("login-error"), "Cannot reach Tradebot: check your connection and try again.");
    } finally {
      button.disabled = false;
    }
  }

  function logout(message) {
    sessionStorage.removeItem(STORAGE_KEY);
    clearInterval(refreshTimer);
    clearTimeout(expiryTimer);
    refreshTimer = null;
    $("dashboard").hidden = true;
    $("session").hidden = true;
    $("login-view").hidden = false;
    show($("login-error"), typeof message === "string" ? message : "");
    $("username").focus();
  }

  function startDashboard() {
    const session = loadSession();
    if (!session) {
      logout();
      return;
    }
    $("login-view").hidden = true;
    $("dashboard").hidden = false;
    $("session").hidden = false;
    $("who").textContent = session.username + " (" + session.role + ")";
    clearTimeout(expiryTimer);
    expiryTimer = setTimeout(() => logout("Your session expired; please log in again."),
      Math.max(0, Date.parse(session.expiresAt) - Date.now()));
    refresh();
    clearInterval(refreshTimer);
    refreshTimer = setInterval(refresh, REFRESH_MS);
  }

  // ---- formatting -------------------------------------------------------------------------------

  function number(value, minDigits, maxDigits) {
    if (value === null || value === undefined || value === "") {
      return "-";
    }
    const n = Number(value);
    if (!Number.isFinite(n)) {
      return String(value);
    }
    return n.toLocaleString("en-US", { minimumFractionDigits: minDigits, maximumFractionDigits: maxDigits });
  }

  const money = (value) => number(value, 2, 2);
  const price = (value) => number(value, 2, 4);
  const quantity = (value) => number(value, 0, 4);

  // Order and account times are market times (the replay clock's in sim mode): show them in New York time.
  const MARKET_TIME = { timeZone: "America/New_York", year: "numeric", month: "2-digit", day: "2-digit",
    hour: "2-digit", minute: "2-digit", second: "2-digit", hour12: false };

  function time(value) {
    if (!value) {
      return "-";
    }
    const date = new Date(value);
    return Number.isNaN(date.getTime()) ? String(value) : date.toLocaleString("en-US", MARKET_TIME) + " ET";
  }

  function signClass(value) {
    const n = Number(value);
    return n > 0 ? "gain" : n < 0 ? "loss" : "";
  }

  // ---- rendering --------------------------------------------------------------------------------

  // A table cell: text only; "num" right-aligns, "pnl" also colours by sign.
  function cell(text, kind, raw) {
    const td = document.createElement("td");
    td.textContent = text;
    if (kind === "num" || kind === "pnl") {
      td.classList.add("num");
    }
    if (kind === "pnl" && signClass(raw)) {
      td.classList.add(signClass(raw));
    }
    return td;
  }

  function fillTable(name, rows, toCells) {
    const tbody = $(name).querySelector("tbody");
    tbody.replaceChildren(...rows.map((row) => {
      const tr = document.createElement("tr");
      tr.append(...toCells(row));
      return tr;
    }));
    $(name + "-empty").hidden = rows.length > 0;
  }

  function renderAccount(account) {
    $("account-cash").textContent = money(account.cash);
    $("account-equity").textContent = money(account.equity);
    $("account-buying-power").textContent = money(account.buyingPower);
    $("account-realized-pnl").textContent = money(account.realizedPnl);
    $("account-unrealized-pnl").textContent = money(account.unrealizedPnl);
    $("account-market-value").textContent = money(account.marketValue);
    $("account-margin-used").textContent = money(account.marginUsed);
    $("account-today-pnl").textContent = money(account.todayPnl);
    $("account-id").textContent = account.accountId || "-";
    $("account-as-of").textContent = time(account.asOf);
  }

  const positionCells = (p) => [
    cell(p.symbol), cell(quantity(p.quantity), "num"), cell(price(p.avgCost), "num"),
    cell(price(p.lastPrice), "num"), cell(money(p.marketValue), "num"),
    cell(money(p.unrealizedPnl), "pnl", p.unrealizedPnl), cell(money(p.realizedPnl), "pnl", p.realizedPnl),
  ];

  const orderCells = (o) => [
    cell(time(o.createdAt)), cell(o.symbol), cell(o.side), cell(quantity(o.quantity), "num"),
    cell(o.status + (o.rejectReason ? ": " + o.rejectReason : "")),
    cell(price(o.avgFillPrice), "num"), cell(money(o.commission), "num"), cell(o.strategy),
  ];

  const watchlistCells = (w) => [
    cell(w.tradeDate), cell(w.source), cell(w.symbol), cell(number(w.score, 2, 4), "num"),
  ];

  // ---- refresh ----------------------------------------------------------------------------------

  // Loads one part of the page; its own error line says why when it cannot. Live broker data that
  // cannot be refreshed (503) is blanked rather than left looking current.
  async function load(path, errorId, render, blank = () => {}) {
    try {
      render(await api(path));
      show($(errorId), "");
      return null;
    } catch (e) {
      if (e.status === 503) {
        blank();
        show($(errorId), "Broker gateway unavailable: live account data is not available.");
      } else if (e.status !== 401 && e.status !== 502 && e.status !== 504 && e.status !== 0) {
        show($(errorId), e.message);
      }
      return e;
    }
  }

  async function refresh() {
    const failures = (await Promise.all([
      load("/api/account", "account-error", renderAccount, () => renderAccount({})),
      load("/api/positions", "positions-error", (rows) => fillTable("positions", rows, positionCells), () => {
        fillTable("positions", [], positionCells);
        $("positions-empty").hidden = true;
      }),
      load("/api/orders?limit=100", "orders-error", (rows) => fillTable("orders", rows, orderCells)),
      load("/api/watchlists", "watchlists-error", (rows) => fillTable("watchlists", rows, watchlistCells)),
    ])).filter((e) => e !== null);

    if (failures.some((e) => e.status === 401)) {
      logout("Your session expired; please log in again.");
      return;
    }
    const down = failures.find((e) => e.status === 502 || e.status === 504 || e.status === 0);
    show($("dashboard-error"), down ? down.message : "");
    if (!down) {
      $("last-update").textContent = new Date().toLocaleTimeString();
    }
  }

  // ---- start ------------------------------------------------------------------------------------

  document.addEventListener("DOMContentLoaded", () => {
    $("login-form").addEventListener("submit", login);
    $("logout").addEventListener("click", () => logout());
    if (loadSession()) {
      startDashboard();
    } else {
      logout();
    }
  });
})();
