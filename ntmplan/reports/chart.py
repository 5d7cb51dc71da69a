"""The funding chart: mobilised to date against plan, by source.

matplotlib's object API only (a ``Figure`` drawn by the Agg canvas): no pyplot, no backend
selection, no global figure registry. Text from the plan is drawn as written: mathtext is
off for every label (a ``$`` in a source's name is a dollar sign, never a formula), source
names are given in full, wrapped. The font is the document's serif (Times New Roman where
installed, else a metric-compatible serif) and numbers use the Vietnamese decimal comma.
"""

from __future__ import annotations

import io
import textwrap
from typing import Any

from .. import vn
from .context import FundingLine

SERIF = ("Times New Roman", "Liberation Serif", "Tinos", "Nimbus Roman", "DejaVu Serif")
WRAP = 28  # characters per line of a source's name


def wrap(name: str, width: int = WRAP) -> str:
    """A source's full name on lines of about ``width`` characters (``2021 - 2025`` kept whole)."""
    kept = name.replace(" - ", "\u00a0-\u00a0")
    return "\n".join(textwrap.wrap(kept, width, break_long_words=False, break_on_hyphens=False)) or name


# where the serif fonts usually are, for when matplotlib's font list predates their installation
FONT_FILES = (
    "C:/Windows/Fonts/times.ttf",
    "/System/Library/Fonts/Supplemental/Times New Roman.ttf",
    "/Library/Fonts/Times New Roman.ttf",
    "/usr/share/fonts/truetype/msttcorefonts/Times_New_Roman.ttf",
    "/usr/share/fonts/truetype/liberation2/LiberationSerif-Regular.ttf",
    "/usr/share/fonts/truetype/liberation/LiberationSerif-Regular.ttf",
    "/usr/share/fonts/liberation-serif/LiberationSerif-Regular.ttf",
)


def _serif() -> list[str]:
    """The installed serif fonts, in order of preference (asking only for installed fonts keeps
    matplotlib from logging a 'font not found' warning)."""
    import os

    from matplotlib import font_manager

    manager = font_manager.fontManager
    installed = {f.name for f in manager.ttflist}
    if not installed & set(SERIF[:-1]):
        for path in FONT_FILES:
            if os.path.isfile(path):
                manager.addfont(path)
                installed = {f.name for f in manager.ttflist}
                break
    return [name for name in SERIF if name in installed] or ["serif"]


def funding_chart_png(lines: list[FundingLine], title: str) -> bytes:
    from matplotlib import rc_context
    from matplotlib.backends.backend_agg import FigureCanvasAgg
    from matplotlib.figure import Figure
    from matplotlib.ticker import FuncFormatter

    names = [wrap(line.name) for line in lines][::-1]
    planned = [line.planned / 1e9 for line in lines][::-1]
    got = [line.to_date / 1e9 for line in lines][::-1]
    rows = sum(name.count("\n") + 1 for name in names)
    with rc_context({"text.parse_math": False, "font.family": _serif(), "font.size": 10, "axes.titlesize": 11}):
        fig = Figure(figsize=(7.5, max(3.2, 1.0 + 0.28 * rows + 0.14 * len(names))), dpi=150)
        FigureCanvasAgg(fig)
        ax = fig.add_subplot()
        ys = range(len(names))
        ax.barh([y + 0.2 for y in ys], planned, height=0.38, color="#b9c7d8", label="Kế hoạch")
        ax.barh([y - 0.2 for y in ys], got, height=0.38, color="#1f5f99", label="Lũy kế đã huy động")
        for y, line in enumerate(lines[::-1]):
            ax.text(line.to_date / 1e9, y - 0.2, f" {vn.amount_short(line.to_date)}", va="center", fontsize=9)
        ax.set_yticks(list(ys), names)
        ax.xaxis.set_major_formatter(FuncFormatter(_tick))
        ax.set_xlabel("tỷ đồng")
        ax.set_title(title)
        ax.legend(fontsize=9, loc="lower right", frameon=False)
        ax.spines[["top", "right"]].set_visible(False)
        fig.tight_layout()
        buf = io.BytesIO()
        fig.savefig(buf, format="png", metadata={"Software": None})
    return buf.getvalue()


def _tick(value: float, _pos: Any) -> str:
    """Axis figures with the Vietnamese decimal comma: ``2,5``, ``10``."""
    rounded = round(value, 2)
    return vn.number(int(rounded)) if rounded == int(rounded) else vn.number(rounded)
