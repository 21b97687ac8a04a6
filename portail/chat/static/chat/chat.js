/* Chat widget of the assistant. Progressive enhancement: without this script the
   widget is a few plain links (annuaire, FAQ, full-page assistant). Nothing from the
   server is inserted as HTML: messages arrive as parts (text, link, tel) built into DOM nodes. */
(function () {
  "use strict";
  var root = document.getElementById("chat-widget");
  if (!root || !window.fetch || !window.JSON) { return; }

  var opener = document.getElementById("chat-opener");
  var panel = document.getElementById("chat-panel");
  var closeButton = document.getElementById("chat-close");
  var log = document.getElementById("chat-log");
  var form = document.getElementById("chat-form");
  var input = document.getElementById("chat-input");
  var send = document.getElementById("chat-send");
  var statusEl = document.getElementById("chat-status");
  var links = root.querySelector(".chat-widget__links");
  var stringsEl = document.getElementById("chat-strings");
  var strings = stringsEl ? stringsEl.dataset : {};
  var STORE_KEY = "portail-chat-log";
  var csrfToken = null;
  var busy = false;

  function storedLog() {
    try { return JSON.parse(window.sessionStorage.getItem(STORE_KEY) || "[]"); }
    catch (e) { return []; }
  }
  function store(entry) {
    try {
      var items = storedLog();
      items.push(entry);
      window.sessionStorage.setItem(STORE_KEY, JSON.stringify(items.slice(-30)));
    } catch (e) { /* storage full or disabled: the conversation is simply not kept */ }
  }

  function el(tag, className, text) {
    var node = document.createElement(tag);
    if (className) { node.className = className; }
    if (text) { node.textContent = text; }
    return node;
  }

  function renderParts(container, message) {
    var parts = message.parts || [{ type: "text", text: message.text || "" }];
    parts.forEach(function (part) {
      if ((part.type === "link" || part.type === "tel") && typeof part.href === "string" &&
          (part.href.charAt(0) === "/" && part.href.charAt(1) !== "/" || part.href.indexOf("tel:") === 0)) {
        var a = el("a", null, part.text);
        a.href = part.href;
        container.appendChild(a);
      } else {
        container.appendChild(document.createTextNode(part.text || ""));
      }
    });
  }

  function addUser(text) {
    var item = el("div", "chat-msg chat-msg--user");
    item.appendChild(el("span", "visually-hidden", strings.you + " "));
    item.appendChild(el("p", "chat-msg__text", text));
    log.appendChild(item);
  }

  function addBot(message, withButtons) {
    var item = el("div", "chat-msg chat-msg--bot");
    if (message.emergency) { item.classList.add("chat-msg--emergency"); }
    if (message.degraded) { item.classList.add("chat-msg--degraded"); }
    item.appendChild(el("span", "visually-hidden", strings.bot + " "));
    var p = el("p", "chat-msg__text");
    renderParts(p, message);
    item.appendChild(p);
    if (withButtons && message.buttons && message.buttons.length) {
      var group = el("div", "chat-msg__buttons");
      group.setAttribute("role", "group");
      group.setAttribute("aria-label", strings.choice);
      message.buttons.forEach(function (button) {
        var b = el("button", "chat-choice", button.title);
        b.type = "button";
        b.addEventListener("click", function () { submit(button.title, button.payload); });
        group.appendChild(b);
      });
      item.appendChild(group);
    }
    log.appendChild(item);
  }

  function clearOldChoices() {
    Array.prototype.forEach.call(log.querySelectorAll(".chat-msg__buttons"), function (group) {
      group.parentNode.removeChild(group);
    });
  }

  function scrollToEnd() { log.scrollTop = log.scrollHeight; }

  function getToken() {
    if (csrfToken) { return Promise.resolve(csrfToken); }
    return fetch(root.dataset.sessionUrl, { credentials: "same-origin", headers: { Accept: "application/json" } })
      .then(function (r) { if (!r.ok) { throw new Error("session"); } return r.json(); })
      .then(function (data) { csrfToken = data.csrfToken; return csrfToken; });
  }

  function post(body, retry) {
    return getToken().then(function (token) {
      return fetch(root.dataset.messageUrl, {
        method: "POST",
        credentials: "same-origin",
        headers: { "Content-Type": "application/json", Accept: "application/json", "X-CSRFToken": token },
        body: JSON.stringify(body)
      });
    }).then(function (response) {
      if (response.status === 403 && retry) {
        csrfToken = null;  // token rotated (e.g. after signing in): ask for a new one once
        return post(body, false);
      }
      return response.json().then(function (data) { return { status: response.status, data: data }; });
    });
  }

  function submit(text, payload) {
    if (busy) { return; }
    text = (text || "").trim();
    if (!text) { statusEl.textContent = strings.empty; input.focus(); return; }
    busy = true;
    send.disabled = true;
    clearOldChoices();
    addUser(text);
    store({ author: "user", text: text });
    statusEl.textContent = strings.waiting;
    scrollToEnd();
    var body = payload ? { payload: payload } : { message: text };
    post(body, true).then(function (result) {
      statusEl.textContent = "";
      if (result.status !== 200 || !result.data.messages) {
        addBot({ text: (result.data && result.data.error) || strings.error }, false);
        return;
      }
      result.data.messages.forEach(function (message) {
        addBot(message, true);
        store({ author: "bot", message: message });
      });
    }).catch(function () {
      statusEl.textContent = "";
      addBot({ text: strings.error }, false);
    }).then(function () {
      busy = false;
      send.disabled = false;
      scrollToEnd();
      input.focus();
    });
  }

  function open() {
    panel.hidden = false;
    opener.setAttribute("aria-expanded", "true");
    root.classList.add("is-open");
    scrollToEnd();
    input.focus();
    getToken().catch(function () { /* retried on first message */ });
  }

  function close() {
    panel.hidden = true;
    opener.setAttribute("aria-expanded", "false");
    root.classList.remove("is-open");
    opener.focus();
  }

  storedLog().forEach(function (entry) {
    if (entry.author === "user") { addUser(entry.text); } else { addBot(entry.message, false); }
  });

  links.hidden = true;
  opener.hidden = false;
  opener.addEventListener("click", function () {
    if (panel.hidden) { open(); } else { close(); }
  });
  closeButton.addEventListener("click", close);
  panel.addEventListener("keydown", function (event) {
    if (event.key === "Escape") { event.preventDefault(); close(); }
  });
  form.addEventListener("submit", function (event) {
    event.preventDefault();
    var text = input.value;
    if (text.trim()) { input.value = ""; }
    submit(text, null);
  });
})();
