/* global window, setTimeout, setInterval, clearInterval */
/*
 * Browser shim appended to the fake office.js in the task pane browser test: the Office dialog API
 * (Office.context.ui.displayDialogAsync in the pane; messageParent / addHandlerAsync in the dialog) over a real
 * popup window and postMessage, as Excel on the web implements it. Plain ES5, no imports.
 */
(function () {
  var O = window.Office;
  if (!O || !O.context) return;
  O.EventType = Object.assign({}, O.EventType || {}, {
    DialogMessageReceived: "dialogMessageReceived",
    DialogEventReceived: "dialogEventReceived",
    DialogParentMessageReceived: "dialogParentMessageReceived",
  });
  O.AsyncResultStatus = { Succeeded: "succeeded", Failed: "failed" };
  var ui = (O.context.ui = O.context.ui || {});
  window.__fakeDialogs = [];

  ui.displayDialogAsync = function (url, options, callback) {
    var win = window.open(url, "_blank", "width=420,height=320");
    if (!win) {
      setTimeout(function () {
        callback({ status: "failed", error: { code: 12009, message: "The dialog was blocked." } });
      }, 0);
      return;
    }
    var handlers = {};
    var fire = function (type, arg) {
      (handlers[type] || []).forEach(function (h) {
        h(arg);
      });
    };
    window.addEventListener("message", function (e) {
      if (e.source !== win || !e.data || e.data.__fakeDialog !== "toParent") return;
      fire("dialogMessageReceived", { message: e.data.message, origin: e.origin });
    });
    var timer = setInterval(function () {
      if (win.closed) {
        clearInterval(timer);
        fire("dialogEventReceived", { error: 12006 });
      }
    }, 200);
    var dialog = {
      addEventHandler: function (type, handler) {
        (handlers[type] = handlers[type] || []).push(handler);
      },
      messageChild: function (message) {
        win.postMessage({ __fakeDialog: "toChild", message: message }, "*");
      },
      close: function () {
        win.close();
      },
    };
    window.__fakeDialogs.push(url);
    setTimeout(function () {
      callback({ status: "succeeded", value: dialog });
    }, 0);
  };

  if (window.opener) {
    ui.messageParent = function (message) {
      window.opener.postMessage({ __fakeDialog: "toParent", message: message }, "*");
    };
    ui.addHandlerAsync = function (type, handler, callback) {
      window.addEventListener("message", function (e) {
        if (e.data && e.data.__fakeDialog === "toChild") handler({ message: e.data.message });
      });
      if (callback) {
        setTimeout(function () {
          callback({ status: "succeeded" });
        }, 0);
      }
    };
  }
})();
