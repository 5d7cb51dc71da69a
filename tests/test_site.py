"""ntmplan site: static pages rendered in headless Chromium (Debian's package).

One Chromium run loads every page in an iframe of a small harness page, which reads what each
page shows (after its scripts ran) and writes it into its own DOM for --dump-dom; the
browser's console log must hold no message from any page.
"""

from __future__ import annotations

import contextlib
import io
import json
import re
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from conftest import PLAN
from ntmplan import vn
from ntmplan.reports.site import PAGES, ROLLUP_PAGE

ALL_PAGES = [*PAGES, ROLLUP_PAGE]

CHROMIUM = shutil.which("chromium") or shutil.which("chromium-browser")
needs_chromium = pytest.mark.skipif(
    CHROMIUM is None, reason="headless Chromium is not installed (Debian: apt-get install chromium; .ci/run does it)"
)

Q3 = """period: 2023-Q3
items:
  2.a: {status: in-progress, percent: 40}
  2.b: {status: done, result: "Xong 2 km <kênh> & \\"mương\\""}
funding:
  ngan-sach-dia-phuong: 1 tỷ
indicators:
  '3.1': {value: 70}
"""
Q4 = """period: 2023-Q4
items:
  2.a: {status: done, result: Hoàn thành đường trục thôn}
  2.b: {status: blocked, reason: Sạt lở kè, note: Riêng cho cán bộ — không công khai}
  3.a: {status: in-progress, percent: 20, note: ghi chú riêng}
  1.a: {status: blocked}
  4.a: {status: not-started}
funding:
  ngan-sach-dia-phuong: 2,5 tỷ
  von-doanh-nghiep: {amount: 750 triệu}
indicators:
  '3.1': {value: 85}
"""

HARNESS = """<!DOCTYPE html><html><head><meta charset="utf-8"></head><body>
%(frames)s
<pre id="result"></pre>
<script>
window.addEventListener("load", function () {
  var out = {};
  document.querySelectorAll("iframe").forEach(function (f) {
    var d = f.contentDocument, page = {};
    page.ready = d.documentElement.getAttribute("data-ready");
    page.title = d.title;
    d.querySelectorAll("[id]").forEach(function (el) { page[el.id] = el.textContent.trim(); });
    page.cells = Array.prototype.map.call(d.querySelectorAll("[data-source] td[data-field]"), function (td) {
      return [td.parentNode.getAttribute("data-source"), td.getAttribute("data-field"), td.textContent.trim()];
    });
    page.svg = d.querySelectorAll("svg rect").length;
    if (d.getElementById("status")) {
      var st = d.getElementById("status");
      st.value = "blocked";
      st.dispatchEvent(new Event("change"));
      page.shown_blocked = d.getElementById("shown").textContent;
      page.visible = Array.prototype.filter.call(d.querySelectorAll("#items tbody tr"), function (r) { return !r.hidden; })
        .map(function (r) { return r.cells[0].textContent; });
    }
    out[f.getAttribute("src")] = page;
  });
  document.getElementById("result").textContent = JSON.stringify(out);
});
</script></body></html>"""


@pytest.fixture(scope="module")
def _built(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, Path]:
    """The site of a plan with two reported quarters, built once for the tests that read it (none
    writes into it): the plan folder and the site folder."""
    tmp_path = tmp_path_factory.mktemp("site")
    plan = tmp_path / "repo" / "plan"
    shutil.copytree(PLAN, plan)
    (plan / "progress").mkdir()
    (plan / "progress" / "2023-Q3.yaml").write_text(Q3, encoding="utf-8")
    (plan / "progress" / "2023-Q4.yaml").write_text(Q4, encoding="utf-8")
    # a workspace of two communes: this plan, and a copy that has reported nothing
    shutil.copytree(PLAN, tmp_path / "xa-b" / "plan")
    (tmp_path / "ntmplan-workspace.yaml").write_text("name: Thử\nplans: [repo/plan, xa-b/plan]\n", encoding="utf-8")
    out = tmp_path / "site"
    from ntmplan.cli.app import main

    err = io.StringIO()
    with pytest.MonkeyPatch.context() as mp, contextlib.redirect_stdout(io.StringIO()), contextlib.redirect_stderr(err):
        mp.setenv("NTMPLAN_CACHE_DIR", str(tmp_path / "cache"))
        mp.setenv("NTMPLAN_LANG", "en")  # as the cli fixture runs it
        mp.setattr(sys, "argv", ["ntmplan", "--plan", str(plan), "site", "-o", str(out)])
        mp.chdir(plan)
        try:
            main()
            code = 0
        except SystemExit as exc:
            code = int(exc.code or 0)
    assert code == 0, err.getvalue()
    return plan, out


@pytest.fixture
def site_dir(_built: tuple[Path, Path]) -> Path:
    return _built[1]


@pytest.fixture
def site_plan(_built: tuple[Path, Path]) -> Path:
    """The plan the site was built from (read only)."""
    return _built[0]


def test_site_pages_are_offline_and_escaped(site_dir: Path) -> None:
    assert sorted(p.name for p in site_dir.iterdir()) == sorted(name for name, _ in ALL_PAGES)
    for name, title in ALL_PAGES:
        html = (site_dir / name).read_text(encoding="utf-8")
        assert html.startswith("<!DOCTYPE html>") and f"<title>{title} — xã Cẩm Đông</title>" in html
        # nothing is fetched: no http(s) URL outside the SVG namespace, no external script, style or font
        assert re.findall(r"""(?:src|href)=["'](?:https?:)?//""", html) == []
        assert "@import" not in html and "url(" not in html
    items = (site_dir / "items.html").read_text(encoding="utf-8")
    assert "Xong 2 km &lt;kênh&gt; &amp; &#34;mương&#34;" in (site_dir / "timelines.html").read_text(encoding="utf-8")
    assert "<kênh>" not in items
    # like a report, the site shows the public result and the reason, never the private note
    every = "".join((site_dir / name).read_text(encoding="utf-8") for name, _ in ALL_PAGES)
    assert "Sạt lở kè" in every and "không công khai" not in every and "ghi chú riêng" not in every


def test_site_without_progress_says_so(cli, plan_copy: Path, tmp_path: Path) -> None:
    result = cli("--plan", str(plan_copy), "site", "-o", str(tmp_path / "s"))
    assert result.code == 0, result.err
    assert "Chưa có kỳ báo cáo nào" in (tmp_path / "s" / "index.html").read_text(encoding="utf-8")
    assert cli("--plan", str(plan_copy), "site", "-o", str(plan_copy / "units.yaml")).code == 2


@needs_chromium
def test_site_in_headless_chromium_matches_the_json_outputs(
    cli, site_dir: Path, site_plan: Path, tmp_path: Path
) -> None:
    site_dir = shutil.copytree(site_dir, tmp_path / "site")  # the harness page beside the pages, in a copy
    frames = "\n".join(f'<iframe src="{name}" width="1200" height="800"></iframe>' for name, _ in ALL_PAGES)
    (site_dir / "_harness.html").write_text(HARNESS % {"frames": frames}, encoding="utf-8")
    done = subprocess.run(
        [
            str(CHROMIUM), "--headless", "--no-sandbox", "--disable-gpu", "--allow-file-access-from-files",
            "--enable-logging=stderr", "--v=0", "--virtual-time-budget=5000", "--dump-dom",
            (site_dir / "_harness.html").as_uri(),
        ],
        capture_output=True, text=True, timeout=60, check=False,
    )  # fmt: skip
    assert done.returncode == 0, done.stderr[-2000:]
    console = [line for line in done.stderr.splitlines() if "CONSOLE" in line]
    assert console == [], console  # no error, warning or log from any page
    m = re.search(r'<pre id="result">(.*?)</pre>', done.stdout, re.S)
    assert m and m[1], done.stdout[-2000:]
    import html as html_mod

    pages = json.loads(html_mod.unescape(m[1]))
    assert sorted(pages) == sorted(name for name, _ in ALL_PAGES)
    assert all(p["ready"] == "yes" for p in pages.values()), pages  # every page's script ran

    status = json.loads(cli("--plan", str(site_plan), "status", "--format", "json").out)
    funding = json.loads(cli("--plan", str(site_plan), "funding", "--period", "2023-Q4", "--format", "json").out)
    index = pages["index.html"]
    assert index["period"] == "quý IV năm 2023"
    assert int(index["items-total"]) == sum(status["items_by_status"].values()) == 52
    for key, n in status["items_by_status"].items():
        assert int(index[f"count-{key}"]) == n, key
    assert index["funding-planned"] == vn.amount(funding["planned"])
    assert index["funding-mobilised"] == vn.amount(funding["mobilised"]) == "3.250.000.000"
    assert index["funding-to-date"] == vn.amount(funding["to_date"]) == "4.250.000.000"
    fund = pages["funding.html"]
    assert fund["total-planned"] == vn.amount(funding["planned"])
    assert fund["total-to-date"] == vn.amount(funding["to_date"])
    shown = {(src, field): text for src, field, text in fund["cells"]}
    for source in funding["sources"]:
        for field in ("planned", "mobilised", "to_date"):
            assert shown[(source["id"], field)] == vn.amount(source[field]), (source["id"], field)
    assert fund["svg"] == 12  # one bar a quarter, 2021-Q1 … 2023-Q4
    for level in ("ntm", "nang-cao", "kieu-mau"):
        crit = json.loads(cli("--plan", str(site_plan), "criteria", "--level", level, "--format", "json").out)
        assert pages["criteria.html"][f"summary-{level}"] == crit["summary"], level
    rollup = json.loads(cli("rollup", "--format", "json", cwd=site_plan).out)
    shown_rollup = pages["rollup.html"]
    assert int(shown_rollup["rollup-communes"]) == rollup["total"]["communes"] == 2
    assert shown_rollup["rollup-mobilised"] == vn.amount(rollup["total"]["mobilised"]) == "4.250.000.000"
    assert shown_rollup["rollup-planned"] == vn.amount(rollup["total"]["planned"])
    assert shown_rollup["rollup-sentences"] == "".join(rollup["total"]["sentences"])
    km = json.loads(cli("--plan", str(site_plan), "criteria", "--level", "kieu-mau", "--format", "json").out)
    html = (site_dir / "criteria.html").read_text(encoding="utf-8")
    for cond in km["conditions"]:
        assert f'data-condition="{cond["id"]}"' in html
    items = pages["items.html"]
    assert items["shown_blocked"] == str(status["items_by_status"]["blocked"]) == "2"
    assert sorted(items["visible"]) == ["1.a", "2.b"]
