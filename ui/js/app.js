// Starts the UI: renders the first screen and reports a failure in plain words.
import { renderHome } from "./screens/home.js";

const main = document.getElementById("main");

async function start() {
  try {
    await renderHome(main);
  } catch (e) {
    main.textContent = "";
    const p = document.createElement("p");
    p.className = "error";
    p.textContent = (e && e.message) || String(e);
    main.append(p);
  } finally {
    main.setAttribute("aria-busy", "false");
  }
}

start();
