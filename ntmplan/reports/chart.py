"""The funding chart: mobilised to date against plan, by source (matplotlib, imported here only)."""

from __future__ import annotations

import io

from .context import FundingLine


def _short(name: str, width: int = 28) -> str:
    return name if len(name) <= width else name[: width - 1].rstrip() + "…"


def funding_chart_png(lines: list[FundingLine], title: str) -> bytes:
    import matplotlib

    matplotlib.use("Agg")
    import matplotlib.pyplot as plt

    from .. import vn

    names = [_short(line.name) for line in lines][::-1]
    planned = [line.planned / 1e9 for line in lines][::-1]
    got = [line.to_date / 1e9 for line in lines][::-1]
    fig, ax = plt.subplots(figsize=(7.5, 3.6), dpi=150)
    ys = range(len(names))
    ax.barh([y + 0.2 for y in ys], planned, height=0.38, color="#b9c7d8", label="Kế hoạch")
    ax.barh([y - 0.2 for y in ys], got, height=0.38, color="#1f5f99", label="Lũy kế đã huy động")
    for y, (g, line) in enumerate(zip(got, lines[::-1], strict=True)):
        ax.text(g, y - 0.2, f" {vn.amount_short(line.to_date)}", va="center", fontsize=7)
    ax.set_yticks(list(ys), names, fontsize=8)
    ax.set_xlabel("tỷ đồng", fontsize=8)
    ax.tick_params(axis="x", labelsize=8)
    ax.set_title(title, fontsize=9)
    ax.legend(fontsize=7, loc="lower right", frameon=False)
    ax.spines[["top", "right"]].set_visible(False)
    fig.tight_layout()
    buf = io.BytesIO()
    fig.savefig(buf, format="png")
    plt.close(fig)
    return buf.getvalue()
