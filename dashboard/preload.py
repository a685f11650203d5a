"""What the browser can fetch before the page asks for it: so that 总览 is on screen sooner and the next page as fast.

Streamlit's frontend fetches a widget's code (a chunk: Metric, DataFrame, the ECharts component…) only when the
server sends the first element that needs it, and a fresh server sends nothing until Python has imported pandas
and DuckDB and opened the store (~0.7 s). `hint_first_page` runs before those imports and tells the browser to
fetch and compile the first page's chunks at once (<link rel="modulepreload">: the module the page imports later
at the same URL is the one already fetched); `preload_plotly_when_idle` loads Plotly's chunk (4.7 MB, ~0.7 s of
the main thread to evaluate) once a page is drawn and the browser idle — 总览 draws no Plotly, the other pages do.
Both find the chunks' file names in the installed Streamlit and ECharts component; a name not found is left out
(a hint is only a hint: nothing breaks without it). Light on purpose: the standard library and streamlit only.
"""
from __future__ import annotations

import importlib.util
import json
import re
from pathlib import Path

import streamlit as st

# what 总览 draws: metrics, a table, ECharts charts (the component's own code and Streamlit's wrapper for it)
FIRST_PAGE_CHUNKS = ("Metric", "DataFrame", "arrowFormatUtils", "BidiComponent")
ECHARTS_COMPONENT = "streamlit-echarts.streamlit_echarts"  # its name in the URLs Streamlit serves it under
_CHUNK_NAME = re.compile(r"[\w.-]+\.js")


def _chunks(*names: str) -> list[str]:
    """The frontend's chunk files for these names (Metric → Metric.MSVuxtnf.js), those found exactly once."""
    folder = Path(st.__file__).parent / "static" / "static" / "js"
    found = [sorted(folder.glob(f"{name}.*.js")) for name in names]
    return [f[0].name for f in found if len(f) == 1 and _CHUNK_NAME.fullmatch(f[0].name)]


def _echarts_bundle() -> str:
    """The ECharts component's script (index-<hash>.js in its build folder), without importing the component."""
    spec = importlib.util.find_spec("streamlit_echarts")
    if spec is None or not spec.submodule_search_locations:
        return ""
    found = sorted(Path(next(iter(spec.submodule_search_locations)), "frontend", "build").glob("index-*.js"))
    return found[0].name if len(found) == 1 and _CHUNK_NAME.fullmatch(found[0].name) else ""


# the URLs are built from the page's own index script, so the app may be served under any base path
_BASE = """const index = document.querySelector('script[type="module"][src*="/static/js/index."]');
  if (!index) return;
  const chunks = index.src.replace(/[^/]+$/, ""), root = index.src.replace(/static\\/js\\/[^/]+$/, "");"""

_HINT_SCRIPT = """<script>
(() => {
  %s
  for (const url of [...%s.map((n) => chunks + n), ...%s.map((p) => root + p)]) {
    const link = document.createElement("link");
    link.rel = "modulepreload";
    link.href = url;
    document.head.appendChild(link);
  }
})();
</script>"""

_PLOTLY_SCRIPT = """<script>
(() => {
  %s
  // drawn: the script has stopped and every ECharts component shows its canvas
  const drawn = () => !document.querySelector('[data-testid="stStatusWidget"]') &&
    [...document.querySelectorAll('[data-testid="stBidiComponentRegular"]')].every((c) => c.querySelector("canvas"));
  const load = () => import(chunks + %s).catch(() => {}).finally(() => { window.plotlyPreloaded = true; });
  // once drawn, a moment more (a person reads the figures first), then the first idle time
  let waited = 0, drawnFor = 0;
  const poll = setInterval(() => {
    waited += 250;
    drawnFor = drawn() ? drawnFor + 250 : 0;
    if (drawnFor >= 1000 || waited > 20000) {
      clearInterval(poll);
      if ("requestIdleCallback" in window) requestIdleCallback(load, {timeout: 2000}); else setTimeout(load, 200);
    }
  }, 250);
})();
</script>"""


def hint_first_page() -> None:
    """Once a session, before the heavy imports: the first page's chunks fetched while the server works."""
    if st.session_state.get("chunks_hinted"):
        return
    st.session_state["chunks_hinted"] = True
    bundle = _echarts_bundle()
    others = [f"_stcore/bidi-components/{ECHARTS_COMPONENT}/{bundle}"] if bundle else []
    with st.sidebar:  # no room taken in the page
        st.html(_HINT_SCRIPT % (_BASE, json.dumps(_chunks(*FIRST_PAGE_CHUNKS)), json.dumps(others)),
                unsafe_allow_javascript=True)


def preload_plotly_when_idle() -> None:
    """Once a session, in the sidebar: load Plotly's chunk after the page is drawn."""
    if st.session_state.get("plotly_preloaded"):
        return
    st.session_state["plotly_preloaded"] = True
    chunk = _chunks("PlotlyChart")
    if chunk:
        with st.sidebar:
            st.html(_PLOTLY_SCRIPT % (_BASE, json.dumps(chunk[0])), unsafe_allow_javascript=True)
