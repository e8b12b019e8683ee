// The app's only script besides htmx (no inline script: the Content-Security-Policy allows none).
// Everything here is event delegation on the document: pages work without it, it only adds feedback.
(function () {
  "use strict";

  // Printing: buttons marked data-print.
  document.addEventListener("click", function (event) {
    var target = event.target instanceof Element ? event.target.closest("[data-print]") : null;
    if (target) window.print();
  });

  // ---- Failed htmx requests: a Chinese message in the live region #feedback, with a way to retry. ----
  // Nothing is swapped on a failure (htmx-config: 4xx/5xx other than 422 do not swap), so what the user typed stays.

  var lastFailure = null;

  var statusMessages = {
    400: "请求无效，操作未执行：页面可能已过期（例如在其他窗口重新登录过）。",
    401: "登录已失效，请重新登录。",
    403: "您没有权限执行此操作。",
    404: "找不到您要的页面或记录。",
    405: "不支持此操作。",
    409: "数据已被他人修改，请刷新页面后再试。",
    413: "提交的内容过大，操作未执行。",
    429: "操作过于频繁，请稍后再试。",
    500: "系统出现错误，操作未完成。请稍后重试；如仍有问题请联系管理员。",
    502: "服务器暂时无法访问，请稍后再试。",
    503: "数据库暂时无法访问，请稍后再试。",
    504: "服务器长时间没有响应，请稍后再试。"
  };

  function feedbackRegion() {
    return document.getElementById("feedback");
  }

  // The reason the server gave (its Chinese error page has it in a paragraph), when the response is one of ours.
  function serverReason(xhr) {
    try {
      var type = xhr.getResponseHeader("Content-Type") || "";
      if (type.indexOf("text/html") < 0 || !xhr.responseText) return null;
      var doc = new DOMParser().parseFromString(xhr.responseText, "text/html");
      var paragraph = doc.querySelector("main p, body p");
      var text = paragraph ? paragraph.textContent.replace(/\s+/g, " ").trim() : "";
      return text.length > 0 && text.length <= 200 ? text : null;
    } catch (e) {
      return null;
    }
  }

  function typedSomething(elt) {
    var form = elt && elt.closest ? elt.closest("form") : null;
    if (!form) return false;
    return Array.prototype.some.call(form.elements, function (field) {
      return (field.tagName === "TEXTAREA" || (field.tagName === "INPUT" && field.type !== "hidden")) && field.value;
    });
  }

  function button(text, attribute) {
    var b = document.createElement("button");
    b.type = "button";
    b.textContent = text;
    b.setAttribute(attribute, "");
    return b;
  }

  function showFailure(kind, detail) {
    var region = feedbackRegion();
    if (!region) return;
    var xhr = detail.xhr;
    var message;
    if (kind === "network") message = "网络连接中断，请求没有送达服务器。请检查网络后重试。";
    else if (kind === "timeout") message = "服务器长时间没有响应，请求已中止。操作可能已经完成：请稍后刷新页面查看，或重试。";
    else message = serverReason(xhr) || statusMessages[xhr.status] || "请求未能完成（" + xhr.status + "）。";

    var config = detail.requestConfig || {};
    lastFailure = {
      verb: config.verb || "get",
      path: config.path || (detail.pathInfo && detail.pathInfo.requestPath),
      source: detail.elt,
      target: detail.target
    };

    var paragraph = document.createElement("p");
    paragraph.className = "feedback-message";
    paragraph.textContent = message + (typedSomething(detail.elt) ? "您填写的内容仍保留在页面上。" : "");
    var actions = document.createElement("p");
    actions.className = "feedback-actions";
    actions.appendChild(button("重试", "data-feedback-retry"));
    actions.appendChild(button("刷新页面", "data-feedback-reload"));
    actions.appendChild(button("关闭", "data-feedback-dismiss"));
    region.classList.add("feedback-error");
    region.replaceChildren(paragraph, actions);
  }

  function clearFeedback() {
    var region = feedbackRegion();
    if (region) {
      region.classList.remove("feedback-error");
      region.replaceChildren();
    }
    lastFailure = null;
  }

  document.addEventListener("htmx:responseError", function (event) { showFailure("status", event.detail); });
  document.addEventListener("htmx:sendError", function (event) { showFailure("network", event.detail); });
  document.addEventListener("htmx:timeout", function (event) { showFailure("timeout", event.detail); });

  document.addEventListener("click", function (event) {
    var target = event.target instanceof Element ? event.target : null;
    if (!target) return;
    if (target.closest("[data-feedback-dismiss]")) {
      clearFeedback();
    } else if (target.closest("[data-feedback-reload]")) {
      window.location.reload();
    } else if (target.closest("[data-feedback-retry]")) {
      var failure = lastFailure;
      if (!failure || !failure.path || !failure.source || !failure.source.isConnected || typeof htmx === "undefined") {
        window.location.reload();
        return;
      }
      var region = feedbackRegion();
      if (region) {
        var waiting = document.createElement("p");
        waiting.className = "feedback-message";
        waiting.textContent = "正在重试……";
        region.replaceChildren(waiting);
      }
      // The same request again from the same element: its form values, target, selection and history push.
      htmx.ajax(failure.verb, failure.path, {
        source: failure.source,
        target: failure.target && failure.target.isConnected ? failure.target : undefined
      }).catch(function () { /* a new failure shows its own message */ });
    }
  });

  // ---- Progress: aria-busy on the target at once, a thin bar when the request takes long. ----

  var inFlight = new WeakMap();
  var pending = 0;
  var barTimer = null;
  var SLOW_MS = 300;

  function progressBar() {
    return document.getElementById("progress");
  }

  document.addEventListener("htmx:beforeRequest", function (event) {
    var detail = event.detail;
    if (!detail.xhr || inFlight.has(detail.xhr)) return;
    var target = detail.target instanceof Element ? detail.target : null;
    inFlight.set(detail.xhr, target);
    if (target) target.setAttribute("aria-busy", "true");
    pending++;
    if (pending === 1 && barTimer === null) {
      barTimer = window.setTimeout(function () {
        barTimer = null;
        var bar = progressBar();
        if (bar && pending > 0) bar.hidden = false;
      }, SLOW_MS);
    }
  });

  // Uploads may take longer than the global timeout: a request that carries files is never cut off.
  document.addEventListener("htmx:beforeSend", function (event) {
    var elt = event.detail.elt;
    var form = elt && elt.closest ? elt.closest("form") : null;
    if (!form) return;
    var hasFiles = Array.prototype.some.call(form.querySelectorAll("input[type=file]"), function (input) {
      return input.files && input.files.length > 0;
    });
    if (hasFiles) event.detail.xhr.timeout = 0;
  });

  document.addEventListener("htmx:afterRequest", function (event) {
    var detail = event.detail;
    if (!detail.xhr || !inFlight.has(detail.xhr)) return;
    var target = inFlight.get(detail.xhr);
    inFlight.delete(detail.xhr);
    if (target) target.removeAttribute("aria-busy");
    pending = Math.max(0, pending - 1);
    if (pending === 0) {
      if (barTimer !== null) {
        window.clearTimeout(barTimer);
        barTimer = null;
      }
      var bar = progressBar();
      if (bar) bar.hidden = true;
    }
    // A request that went through (a 422 with the form again included) clears an earlier failure message.
    if (detail.successful) clearFeedback();
  });

  // ---- Nothing of a signed-in page stays in the tab after signing out. ----
  // htmx keeps no page snapshots (historyCacheSize 0 in htmx-config) but writes its own keys into the storages;
  // they are removed when signing out, and on every page shown to nobody signed in (a sign-out in another tab,
  // an expired session).

  function clearHtmxStorage() {
    [window.sessionStorage, window.localStorage].forEach(function (storage) {
      try {
        for (var i = storage.length - 1; i >= 0; i--) {
          var key = storage.key(i);
          if (key && key.indexOf("htmx") === 0) storage.removeItem(key);
        }
      } catch (e) {
        /* storage unavailable: nothing to clear */
      }
    });
  }

  document.addEventListener("submit", function (event) {
    var form = event.target instanceof Element ? event.target : null;
    if (form && form.matches("form.sign-out")) clearHtmxStorage();
  });

  if (!document.querySelector("form.sign-out")) clearHtmxStorage();
  // After an htmx navigation into the main region: the menu marks the new current page (fragments carry no menu),
  // a phone's open menu closes, and focus moves to the new page's heading so screen readers announce it.
  document.addEventListener("htmx:afterSettle", function (event) {
    var target = event.detail && event.detail.target;
    if (!target || target.id !== "main") return;
    var path = window.location.pathname;
    document.querySelectorAll("nav.site-nav a").forEach(function (link) {
      var href = link.getAttribute("href");
      // The same rule as Shell.razor's Current(): the page itself, else its section (the dashboard's holds /compliance).
      var section = href === "/" ? path.indexOf("/compliance") === 0 : href && path.indexOf(href + "/") === 0;
      if (href === path) link.setAttribute("aria-current", "page");
      else if (section) link.setAttribute("aria-current", "true");
      else link.removeAttribute("aria-current");
    });
    var menu = document.querySelector("details.menu[open]");
    if (menu && window.matchMedia("(max-width: 48rem)").matches) menu.removeAttribute("open");
    if (focusOutcome()) return;
    var heading = document.querySelector("#main h1");
    if (heading) {
      heading.setAttribute("tabindex", "-1");
      heading.focus();
    }
  });

  // ---- Focus after a form: the field a refusal is about, else the confirmation of the save. ----
  // A 422 shows the form again with aria-invalid on the fields concerned: the first of them takes the focus (the message at the
  // top and at the field say why). A save leads to its page with a confirmation (#saved): it takes the focus, so that screen
  // readers say it and a phone shows it where the form was.
  function focusOutcome() {
    var invalid = document.querySelector("#main [aria-invalid=true]");
    var target = invalid || document.getElementById("saved");
    if (!target) return false;
    if (!invalid && !target.hasAttribute("tabindex")) target.setAttribute("tabindex", "-1");
    target.focus({ preventScroll: true });
    target.scrollIntoView({ block: "center" });
    return true;
  }

  // An htmx swap that is not the main region (a form replacing its own section with a refusal): its first invalid field.
  document.addEventListener("htmx:afterSettle", function (event) {
    var target = event.detail && event.detail.target;
    if (target && target.id === "main") return;
    if (document.querySelector("#main [aria-invalid=true]")) focusOutcome();
  });

  // A whole page loaded after a save (a plain form post, or htmx's redirect after one) or with a refusal.
  if (document.readyState === "loading") document.addEventListener("DOMContentLoaded", focusOutcome);
  else focusOutcome();
})();
