// Progressive enhancement only: every page works without this file.
import { initAll } from "./vendor/govuk-frontend.min.js";

document.body.classList.add("govuk-frontend-supported", "js-enabled");
initAll();

// BYD-04: a form marked data-autosave keeps a server-side draft as the officer types: when a field changes, and
// every 30 seconds while something is unsaved. The page's version goes with each save, so a save from a stale tab is
// refused (409) and said, never written over. Without JavaScript, the form's own buttons save.
for (const form of document.querySelectorAll("form[data-autosave]")) {
  const version = form.querySelector("input[name=Version]");
  const status = document.createElement("p");
  status.className = "govuk-body-s";
  status.id = "autosave-status";
  status.setAttribute("role", "status");
  form.querySelector(".govuk-button-group")?.after(status);
  let dirty = false;
  let saving = null;
  let again = false;

  // One save at a time; a change made while one is on its way is saved straight after it.
  const save = () => {
    if (saving) {
      again = true;
    } else if (dirty) {
      saving = send().finally(() => {
        saving = null;
        if (again) {
          again = false;
          save();
        }
      });
    }
  };

  const send = async () => {
    dirty = false;
    const data = new FormData(form);
    data.set("Command", "autosave");
    try {
      const response = await fetch(form.getAttribute("action") || window.location.pathname, { method: "POST", body: data });
      if (response.status === 204) {
        version.value = response.headers.get("X-Version");
        status.textContent = `Draft saved at ${new Date().toLocaleTimeString([], { hour: "numeric", minute: "2-digit" })}`;
      } else if (response.status === 409) {
        status.textContent = "Not saved: this was saved from another page after you opened this one. Copy anything you need, then open it again.";
      } else {
        dirty = true;
        status.textContent = "Not saved yet: press Save to see what needs correcting.";
      }
    } catch {
      dirty = true;
      status.textContent = "Not saved: the connection was lost. What you typed is still on this page; it will be saved when the connection returns.";
    }
  };

  form.addEventListener("input", () => { dirty = true; });
  form.addEventListener("change", () => { dirty = true; save(); });
  // Leaving a field saves it just as a button is pressed: the button waits for that save, so it sends the new version.
  form.addEventListener("submit", async (event) => {
    if (saving) {
      event.preventDefault();
      while (saving) {
        await saving;
      }
      form.requestSubmit(event.submitter);
    }
  });
  window.setInterval(save, 30000);
}
